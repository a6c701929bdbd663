package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.PrerequisiteGraph;
import dev.syllabus.kb.Slug;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The concepts a plan must teach: every goal concept and everything it requires through hard prerequisites (in a deep
 * plan, through soft ones too), less what the learner knows (see {@link PrerequisiteGraph#knownFrom}). Each needed
 * concept remembers how it was reached (the first goal to reach it, by the shortest chain, hard edges before soft), so
 * every step can say why it is there, and a concept only a soft edge brought in is known as background.
 */
final class Needs {
    private final KnowledgeBase kb;
    private final PlanIndex index;
    private final BitSet needed;
    private final List<Integer> neededIds = new ArrayList<>();
    private final Map<Slug, Goals.Root> rootOf = new LinkedHashMap<>();
    private final Map<Slug, Slug> parentOf = new HashMap<>();
    private final Map<Slug, PrerequisiteGraph.Knowing> knownBecause = new HashMap<>();
    private final Set<Slug> knownReached = new LinkedHashSet<>();
    private final Map<Slug, Slug> backgroundFor = new HashMap<>();

    private Needs(PlanIndex index) {
        this.kb = index.kb();
        this.index = index;
        this.needed = new BitSet(index.conceptCount());
    }

    static Needs of(PlanIndex index, List<Goals.Root> roots, List<Concept> known, Depth depth) {
        Needs needs = new Needs(index);
        needs.knownBecause.putAll(index.kb().graph().knownFrom(known.stream().map(Concept::slug).toList()));
        roots.forEach(needs::reach);
        if (depth == Depth.DEEP) {
            needs.addBackground();
        }
        return needs;
    }

    /** Breadth first from a goal concept along hard edges, so each concept's chain back to its goal is a shortest one. */
    private void reach(Goals.Root root) {
        Deque<Slug> todo = new ArrayDeque<>();
        visit(root.concept(), null, root, todo);
        while (!todo.isEmpty()) {
            Slug next = todo.removeFirst();
            for (Slug p : kb.graph().hardPrerequisitesOf(next)) {
                visit(p, next, rootOf.get(next), todo);
            }
        }
    }

    /**
     * A deep plan's second pass: breadth first from every concept the hard edges reached, along soft edges too, so a
     * concept a hard chain needs is never called background.
     */
    private void addBackground() {
        Deque<Slug> todo = new ArrayDeque<>(rootOf.keySet());
        PrerequisiteGraph graph = kb.graph();
        while (!todo.isEmpty()) {
            Slug next = todo.removeFirst();
            List<Slug> hard = graph.hardPrerequisitesOf(next);
            for (Slug p : graph.prerequisitesOf(next)) {
                boolean fresh = !rootOf.containsKey(p) && !knownBecause.containsKey(p);
                visit(p, next, rootOf.get(next), todo);
                if (fresh && rootOf.containsKey(p) && !hard.contains(p)) {
                    backgroundFor.put(p, next);
                }
            }
        }
    }

    private void visit(Slug concept, Slug parent, Goals.Root root, Deque<Slug> todo) {
        if (knownBecause.containsKey(concept)) {
            knownReached.add(concept);
        } else if (!rootOf.containsKey(concept) && index.id(concept) >= 0) {
            rootOf.put(concept, root);
            needed.set(index.id(concept));
            neededIds.add(index.id(concept));
            if (parent != null) {
                parentOf.put(concept, parent);
            }
            todo.addLast(concept);
        }
    }

    /** The index ids of the needed concepts, in the order they were reached. */
    List<Integer> ids() {
        return neededIds;
    }

    boolean isNeeded(Slug concept) {
        return rootOf.containsKey(concept);
    }

    /** The same question by the concept's index id, for the chooser's inner loop. */
    boolean isNeeded(int concept) {
        return needed.get(concept);
    }

    boolean isKnown(Slug concept) {
        return knownBecause.containsKey(concept);
    }

    Goals.Root rootOf(Slug concept) {
        return rootOf.get(concept);
    }

    /**
     * The concept whose soft prerequisite brought {@code concept} into a deep plan, if it is there as background for it;
     * empty for concepts a hard chain needs (their chain may still pass through a background concept).
     */
    Optional<Slug> backgroundFor(Slug concept) {
        return Optional.ofNullable(backgroundFor.get(concept));
    }

    /** The nearest concept on the chain to the goal that is background, if the chain passes through one. */
    Optional<Slug> backgroundOnChain(Slug concept) {
        for (Slug at = concept; at != null; at = parentOf.get(at)) {
            if (backgroundFor.containsKey(at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** The chain from the goal concept down to {@code concept}, both included. */
    List<Slug> chain(Slug concept) {
        List<Slug> chain = new ArrayList<>();
        for (Slug at = concept; at != null; at = parentOf.get(at)) {
            chain.add(0, at);
        }
        return chain;
    }

    /** Concepts the goals need that the learner knows: given as known, or required by something given as known. */
    List<Omission> knownOmissions() {
        List<Omission> out = new ArrayList<>();
        for (Slug c : knownReached) {
            PrerequisiteGraph.Knowing because = knownBecause.get(c);
            String title = kb.get(c).map(e -> e.title()).orElse(c.value());
            String knownTitle = kb.get(because.from()).map(e -> e.title()).orElse(because.from().value());
            String reason = because.from().equals(c) ? "You know it (given as known)."
                    : "You know " + knownTitle + (because.included() ? ", which includes it." : ", which requires it.");
            out.add(new Omission(c, title, reason));
        }
        return out;
    }
}
