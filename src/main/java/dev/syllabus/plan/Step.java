package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One step of a plan: usually a concept with the items chosen to learn it; in a curated path's part of a plan, one of
 * the path's items. A concept the step's items also teach is listed in {@code also} rather than given an empty step of
 * its own; {@code coveredBy} names the earlier step and item that already taught the step's concept when the step
 * still has something of its own (a paper, or a look back at the concept's page). {@code reason} is the one need that
 * put the step there, {@code chain} the whole prerequisite chain from the goal, for a learner who asks.
 * {@code minutes} is the step's own time, {@code cumulative} the plan's time up to and including it.
 */
public record Step(int order, Kind kind, Optional<Slug> subject, String title, List<Also> also, List<StudyItem> items,
                   Optional<Cover> coveredBy, String reason, String chain, Minutes minutes, Minutes cumulative,
                   Optional<LocalDate> date) {
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

    /** A further concept the step's items teach, with its title and the need that put it in the plan. */
    public record Also(Slug concept, String title, String reason) {
    }

    public Step {
        also = List.copyOf(also);
        items = List.copyOf(items);
        chain = chain == null ? "" : chain;
    }

    /** The concept this step teaches, if it is a concept step. */
    public Optional<Slug> concept() {
        return kind == Kind.CONCEPT ? subject : Optional.empty();
    }

    /** Every concept this step teaches, in study order: its own, then those its items also cover. */
    public List<Slug> concepts() {
        List<Slug> all = new ArrayList<>(concept().stream().toList());
        also.forEach(a -> all.add(a.concept()));
        return all;
    }

    Step withDate(LocalDate day) {
        return new Step(order, kind, subject, title, also, items, coveredBy, reason, chain, minutes, cumulative, Optional.of(day));
    }

    /** The same step, also teaching {@code concept}. */
    Step alsoTeaching(Also concept) {
        List<Also> more = new ArrayList<>(also);
        more.add(concept);
        return new Step(order, kind, subject, title, more, items, coveredBy, reason, chain, minutes, cumulative, date);
    }
}
