package dev.syllabus.plan;

import dev.syllabus.kb.Slug;

import java.util.Map;

/**
 * What a learner has already studied, as a plan that resumes needs it, each with the sentence a plan shows for leaving
 * it out: the concepts they know (they and what they require leave the plan), the concepts an explainer they finished
 * teaches (only those leave it: watching a video is no claim to know its prerequisites), the resources and papers they
 * finished or passed by, and the items they have started, so a plan can say where to pick up. Built from progress by the caller; the planner stays a pure
 * function of its inputs.
 */
public record Studied(Map<Slug, String> known, Map<Slug, String> explained, Map<Slug, String> finished,
                      Map<Slug, String> started) {
    public Studied {
        known = Map.copyOf(known);
        explained = Map.copyOf(explained);
        finished = Map.copyOf(finished);
        started = Map.copyOf(started);
    }

    public static Studied nothing() {
        return new Studied(Map.of(), Map.of(), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return known.isEmpty() && explained.isEmpty() && finished.isEmpty() && started.isEmpty();
    }
}
