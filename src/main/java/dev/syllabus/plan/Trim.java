package dev.syllabus.plan;

import dev.syllabus.kb.Slug;

import java.util.Set;

/**
 * What a budget takes away from a plan: concepts taught by their shortest explainer, concepts whose shortest explainer
 * may be of another kind than the learner prefers (a subset of the shortened ones), and papers left out.
 */
record Trim(Set<Slug> shortened, Set<Slug> anyKind, Set<Slug> droppedPapers) {
    static final Trim NONE = new Trim(Set.of(), Set.of(), Set.of());

    Trim {
        shortened = Set.copyOf(shortened);
        anyKind = Set.copyOf(anyKind);
        droppedPapers = Set.copyOf(droppedPapers);
    }

    Trim(Set<Slug> shortened, Set<Slug> droppedPapers) {
        this(shortened, Set.of(), droppedPapers);
    }
}
