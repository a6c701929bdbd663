package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan being built: its steps with running totals, what it leaves out, and what a budget may trim later (the optional
 * papers, and each concept's explainer time).
 */
final class Draft {
    /** A paper a budget may drop, with how far its concept is from the goal (farther ones go first). */
    record OptionalPaper(Slug paper, Minutes minutes, int distance, int step) {
    }

    final Coverage coverage;
    private final List<Step> steps = new ArrayList<>();
    private final List<Omission> omitted = new ArrayList<>();
    private final List<OptionalPaper> optionalPapers = new ArrayList<>();
    private final Map<Slug, Minutes> explainerMinutes = new HashMap<>();
    private final Map<Slug, Integer> stepOf = new HashMap<>();
    private Minutes total = Minutes.ZERO;
    private int droppedPapers;
    private int swaps;
    private final Set<Slug> otherKind = new LinkedHashSet<>();

    Draft(PlanIndex index) {
        this.coverage = new Coverage(index);
    }

    /** The order number the next step will get. */
    int nextOrder() {
        return steps.size() + 1;
    }

    void add(Step.Kind kind, Optional<Slug> subject, String title, List<StudyItem> items, Optional<Step.Cover> cover,
             String reason, Minutes minutes) {
        add(kind, subject, title, items, cover, reason, "", minutes);
    }

    void add(Step.Kind kind, Optional<Slug> subject, String title, List<StudyItem> items, Optional<Step.Cover> cover,
             String reason, String chain, Minutes minutes) {
        total = total.plus(minutes);
        if (kind == Step.Kind.CONCEPT) {
            subject.ifPresent(c -> stepOf.putIfAbsent(c, nextOrder()));
        }
        steps.add(new Step(nextOrder(), kind, subject, title, List.of(), items, cover, reason, chain, minutes, total,
                Optional.empty()));
    }

    /** Lists {@code concept} under the step whose items already teach it, instead of giving it an empty step. */
    void fold(int step, Step.Also concept) {
        steps.set(step - 1, steps.get(step - 1).alsoTeaching(concept));
        stepOf.putIfAbsent(concept.concept(), step);
    }

    /** The step that teaches the concept so far, or 0 when none does. */
    int stepOf(Slug concept) {
        return stepOf.getOrDefault(concept, 0);
    }

    void omit(Omission o) {
        if (omitted.stream().noneMatch(x -> x.slug().equals(o.slug()))) {
            omitted.add(o);
        }
    }

    void optionalPaper(OptionalPaper p) {
        optionalPapers.add(p);
    }

    void explainer(Slug concept, Minutes minutes) {
        explainerMinutes.put(concept, minutes);
    }

    Minutes explainerMinutes(Slug concept) {
        return explainerMinutes.getOrDefault(concept, Minutes.ZERO);
    }

    /** Counts a paper the budget left out. */
    void dropped() {
        droppedPapers++;
    }

    /** Counts an explainer the budget swapped for a shorter one. */
    void swapped() {
        swaps++;
    }

    /** Notes a concept taught by another kind than the learner prefers, though one of that kind exists: for the budget. */
    void otherKind(Slug concept) {
        otherKind.add(concept);
    }

    /** The concepts taught by another kind than preferred for the budget, in study order. */
    List<Slug> otherKinds() {
        return List.copyOf(otherKind);
    }

    int droppedPapers() {
        return droppedPapers;
    }

    int swaps() {
        return swaps;
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    List<Omission> omitted() {
        return List.copyOf(omitted);
    }

    List<OptionalPaper> optionalPapers() {
        return List.copyOf(optionalPapers);
    }

    Minutes total() {
        return total;
    }
}
