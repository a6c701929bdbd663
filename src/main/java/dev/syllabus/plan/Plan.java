package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A study plan: ordered, explained steps with running totals, what was left out and why, how it stands against the
 * budget, and with a pace a dated schedule. {@code generatedAt} comes from the planner's clock.
 */
public record Plan(PlanRequest request, List<Step> steps, List<Omission> omitted, Minutes total, BudgetOutcome budget,
                   Optional<Schedule> schedule, Instant generatedAt) {
    public Plan {
        steps = List.copyOf(steps);
        omitted = List.copyOf(omitted);
    }

    /** Every item of every step, in plan order. */
    public List<StudyItem> items() {
        return steps.stream().flatMap(s -> s.items().stream()).toList();
    }
}
