package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fits a plan to a budget without ever exceeding it silently. First the optional depth goes: papers of the concepts
 * farthest from the goal first. Then explainers are swapped for shorter ones, the biggest savings first, as few as
 * fit. If even the plan with every paper dropped and every explainer at its shortest does not fit, that minimal plan
 * is returned with a message giving its time.
 */
final class BudgetFit {
    private BudgetFit() {
    }

    record Result(Draft draft, BudgetOutcome outcome) {
    }

    static Result fit(Assembly assembly, Optional<Minutes> budget) {
        Draft full = assembly.build(Trim.NONE);
        if (budget.isEmpty()) {
            return new Result(full, BudgetOutcome.NONE);
        }
        Minutes limit = budget.get();
        if (fits(full, limit)) {
            return new Result(full, BudgetOutcome.fits(limit, full.total()));
        }
        List<Slug> papers = dropOrder(full);
        int k = papersToDrop(full, papers, limit);
        if (k <= papers.size()) {
            return trimmed(assembly.build(new Trim(Set.of(), Set.copyOf(papers.subList(0, k)))), limit);
        }
        Set<Slug> allPapers = Set.copyOf(papers);
        Draft minimal = assembly.build(new Trim(Set.copyOf(assembly.concepts()), allPapers));
        if (!fits(minimal, limit)) {
            return new Result(minimal, BudgetOutcome.tooSmall(limit, minimal.total()));
        }
        return trimmed(fewestSwaps(assembly, bySaving(assembly.concepts(), full, minimal), allPapers, limit, minimal), limit);
    }

    private static Result trimmed(Draft d, Minutes limit) {
        return new Result(d, BudgetOutcome.trimmed(limit, d.total(), d.droppedPapers(), d.swaps()));
    }

    private static boolean fits(Draft d, Minutes limit) {
        return d.total().compareTo(limit) <= 0;
    }

    /** Papers of concepts farther from the goal go first; the goal's own papers go last. */
    private static List<Slug> dropOrder(Draft d) {
        return d.optionalPapers().stream()
                .sorted(Comparator.comparingInt((Draft.OptionalPaper p) -> -p.distance()).thenComparingInt(Draft.OptionalPaper::step))
                .map(Draft.OptionalPaper::paper).toList();
    }

    /** How many papers, in drop order, must go for the plan to fit; more than there are when dropping all is not enough. */
    private static int papersToDrop(Draft full, List<Slug> order, Minutes limit) {
        int excess = full.total().value() - limit.value();
        int saved = 0;
        for (int k = 0; k < order.size(); k++) {
            Slug paper = order.get(k);
            saved += full.optionalPapers().stream().filter(p -> p.paper().equals(paper)).mapToInt(p -> p.minutes().value()).sum();
            if (saved >= excess) {
                return k + 1;
            }
        }
        return order.size() + 1;
    }

    /** Concepts whose shortest explainer saves time, biggest saving first. */
    private static List<Slug> bySaving(List<Slug> concepts, Draft full, Draft minimal) {
        List<Slug> saving = new ArrayList<>();
        for (Slug c : concepts) {
            if (full.explainerMinutes(c).value() > minimal.explainerMinutes(c).value()) {
                saving.add(c);
            }
        }
        saving.sort(Comparator.comparingInt((Slug c) -> minimal.explainerMinutes(c).value() - full.explainerMinutes(c).value()));
        return saving;
    }

    /** The plan with the fewest swaps, in saving order, that fits; binary search, since more swaps save more time. */
    private static Draft fewestSwaps(Assembly assembly, List<Slug> bySaving, Set<Slug> papers, Minutes limit, Draft minimal) {
        Draft best = minimal;
        int lo = 1;
        int hi = bySaving.size();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Draft tried = assembly.build(new Trim(new HashSet<>(bySaving.subList(0, mid)), papers));
            if (fits(tried, limit)) {
                best = tried;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return best;
    }
}
