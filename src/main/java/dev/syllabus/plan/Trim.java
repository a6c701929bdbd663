package dev.syllabus.plan;

import dev.syllabus.kb.Slug;

import java.util.Set;

/** What a budget takes away from a plan: concepts taught by their shortest explainer, and papers left out. */
record Trim(Set<Slug> shortened, Set<Slug> droppedPapers) {
    static final Trim NONE = new Trim(Set.of(), Set.of());

    Trim {
        shortened = Set.copyOf(shortened);
        droppedPapers = Set.copyOf(droppedPapers);
    }
}
