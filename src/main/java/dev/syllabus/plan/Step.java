package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One step of a plan: usually a concept with the items chosen to learn it; in a curated path's part of a plan, one of
 * the path's items. A concept already taught by an earlier step's item has no items of its own and says which
 * ({@code coveredBy}). {@code minutes} is the step's own time, {@code cumulative} the plan's time up to and including it.
 */
public record Step(int order, Kind kind, Optional<Slug> subject, String title, List<StudyItem> items,
                   Optional<Cover> coveredBy, String reason, Minutes minutes, Minutes cumulative, Optional<LocalDate> date) {
    /** What a step stands for. */
    public enum Kind {
        CONCEPT,
        RESOURCE,
        PAPER,
        ACTIVITY
    }

    /** The earlier step and item that already teach this step's concept. */
    public record Cover(int step, Slug item, String title) {
    }

    public Step {
        items = List.copyOf(items);
    }

    /** The concept this step teaches, if it is a concept step. */
    public Optional<Slug> concept() {
        return kind == Kind.CONCEPT ? subject : Optional.empty();
    }

    /** Every concept this step teaches. */
    public List<Slug> concepts() {
        return concept().stream().toList();
    }

    Step withDate(LocalDate day) {
        return new Step(order, kind, subject, title, items, coveredBy, reason, minutes, cumulative, Optional.of(day));
    }
}
