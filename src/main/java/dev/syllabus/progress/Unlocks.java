package dev.syllabus.progress;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.PrerequisiteGraph;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What knowing a concept opens up: the concepts that list it as a prerequisite, each either ready (every hard
 * prerequisite known, counting this one) or still waiting on the hard prerequisites named.
 */
public record Unlocks(Slug concept, List<Opened> ready, List<Opened> waiting) {
    /** A concept that depends on the one asked about, and what it still needs. */
    public record Opened(Slug concept, String title, List<Slug> stillNeeds) {
        public Opened {
            stillNeeds = List.copyOf(stillNeeds);
        }
    }

    public Unlocks {
        ready = List.copyOf(ready);
        waiting = List.copyOf(waiting);
    }

    public static Unlocks of(KnowledgeBase kb, Standing standing, Slug concept) {
        PrerequisiteGraph g = kb.graph();
        Set<Slug> given = knownOrExplained(standing);
        given.add(concept);
        Set<Slug> known = new TreeSet<>(g.knownFrom(given).keySet());
        List<Opened> ready = new ArrayList<>();
        List<Opened> waiting = new ArrayList<>();
        for (Slug d : new TreeSet<>(g.dependentsOf(concept))) {
            if (known.contains(d)) {
                continue;
            }
            List<Slug> missing = g.hardPrerequisitesOf(d).stream().filter(p -> !known.contains(p)).toList();
            Opened o = new Opened(d, kb.get(d).map(e -> e.title()).orElse(d.value()), missing);
            (missing.isEmpty() ? ready : waiting).add(o);
        }
        return new Unlocks(concept, ready, waiting);
    }

    /**
     * The concepts a learner can start now: not known, every hard prerequisite known, and at least one prerequisite
     * known (so the list grows from what they have done, not from every starting point of the graph).
     */
    public static List<Opened> frontier(KnowledgeBase kb, Standing standing) {
        PrerequisiteGraph g = kb.graph();
        Set<Slug> known = knownWithIncludes(kb, standing);
        List<Opened> out = new ArrayList<>();
        for (Concept c : kb.concepts()) {
            List<Slug> prereqs = g.prerequisitesOf(c.slug());
            if (!known.contains(c.slug()) && prereqs.stream().anyMatch(known::contains)
                    && known.containsAll(g.hardPrerequisitesOf(c.slug()))) {
                out.add(new Opened(c.slug(), c.title(), List.of()));
            }
        }
        return out;
    }

    private static Set<Slug> knownWithIncludes(KnowledgeBase kb, Standing standing) {
        return new TreeSet<>(kb.graph().knownFrom(knownOrExplained(standing)).keySet());
    }

    private static Set<Slug> knownOrExplained(Standing standing) {
        Set<Slug> out = new TreeSet<>(standing.studied().known().keySet());
        out.addAll(standing.studied().explained().keySet());
        return out;
    }
}
