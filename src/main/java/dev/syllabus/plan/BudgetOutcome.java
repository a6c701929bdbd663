package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;

import java.util.Optional;

/**
 * How a plan stands against the learner's budget. A plan never exceeds a budget silently: it is {@link Status#FITS}
 * as built, {@link Status#TRIMMED} after dropping optional depth, or {@link Status#TOO_SMALL} when even the minimal
 * plan (shown instead) needs more, and {@code message} says so with the minimal plan's time.
 */
public record BudgetOutcome(Optional<Minutes> budget, Status status, String message) {
    /** The four ways a plan can stand against a budget. */
    public enum Status {
        NO_BUDGET,
        FITS,
        TRIMMED,
        TOO_SMALL
    }

    static final BudgetOutcome NONE = new BudgetOutcome(Optional.empty(), Status.NO_BUDGET, "");

    static BudgetOutcome fits(Minutes budget, Minutes total) {
        Minutes spare = Minutes.of(budget.value() - total.value());
        return new BudgetOutcome(Optional.of(budget), Status.FITS, "Fits the budget of " + budget
                + (spare.value() > 0 ? " with " + spare + " to spare." : " exactly."));
    }

    static BudgetOutcome trimmed(Minutes budget, Minutes total, int papers, int shortened) {
        StringBuilder what = new StringBuilder();
        if (papers > 0) {
            what.append(papers).append(papers == 1 ? " paper" : " papers").append(" left out");
        }
        if (shortened > 0) {
            what.append(what.length() > 0 ? " and " : "").append(shortened)
                    .append(shortened == 1 ? " explainer" : " explainers").append(" swapped for shorter ones");
        }
        return new BudgetOutcome(Optional.of(budget), Status.TRIMMED, "Trimmed to fit the budget of " + budget + " ("
                + what + "); it now takes " + total + ". The left-out items are listed below.");
    }

    /** {@code otherKinds}: what the minimal plan takes when it may use other material than the learner prefers. */
    static BudgetOutcome tooSmall(Minutes budget, Minutes minimal, Minutes otherKinds, Preference preferred) {
        String withOthers = otherKinds.compareTo(minimal) < 0
                ? " (" + otherKinds + " with other material than " + preferred.id() + "s)" : "";
        return new BudgetOutcome(Optional.of(budget), Status.TOO_SMALL, "Even the minimal plan takes " + minimal + withOthers
                + ", more than the budget of " + budget + ": raise the budget, mark concepts you know, or plan for a "
                + "nearer goal. The plan below is that minimal plan.");
    }
}
