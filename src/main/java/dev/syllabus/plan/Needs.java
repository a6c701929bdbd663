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
import java.util.Set;

/**
 * The concepts a plan must teach: every goal concept and everything it requires, less what the learner knows and
 * everything that requires. Each needed concept remembers how it was reached (the first goal to reach it, by the
 * shortest prerequisite chain), so every step can say why it is there.
 */
final class Needs {
    private final KnowledgeBase kb;
    private final PlanIndex index;
    private final BitSet needed;
    private final List<Integer> neededIds = new ArrayList<>();
    private final Map<Slug, Goals.Root> rootOf = new LinkedHashMap<>();
    private final Map<Slug, Slug> parentOf = new HashMap<>();
    private final Map<Slug, Slug> knownBecause = new HashMap<>();
    private final Set<Slug> knownReached = new LinkedHashSet<>();

    private Needs(PlanIndex index) {
        this.kb = index.kb();
        this.index = index;
        this.needed = new BitSet(index.conceptCount());
    }

    static Needs of(PlanIndex index, List<Goals.Root> roots, List<Concept> known) {
        Needs needs = new Needs(index);
        needs.closeKnown(known);
        roots.forEach(needs::reach);
        return needs;
    }

    /** Marks every known concept and all it requires, remembering which known concept brought each in. */
    private void closeKnown(List<Concept> known) {
        PrerequisiteGraph graph = kb.graph();
        for (Concept k : known) {
            Deque<Slug> todo = new ArrayDeque<>(List.of(k.slug()));
            while (!todo.isEmpty()) {
                Slug next = todo.pop();
                if (knownBecause.putIfAbsent(next, k.slug()) == null) {
                    todo.addAll(graph.prerequisitesOf(next));
                }
            }
        }
    }

    /** Breadth first from a goal concept, so each concept's chain back to its goal is a shortest one. */
    private void reach(Goals.Root root) {
        Deque<Slug> todo = new ArrayDeque<>();
        visit(root.concept(), null, root, todo);
        while (!todo.isEmpty()) {
            Slug next = todo.removeFirst();
            for (Slug p : kb.graph().prerequisitesOf(next)) {
                visit(p, next, root, todo);
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
            Slug because = knownBecause.get(c);
            String title = kb.get(c).map(e -> e.title()).orElse(c.value());
            String reason = because.equals(c) ? "You know it (given as known)."
                    : "You know " + kb.get(because).map(e -> e.title()).orElse(because.value()) + ", which requires it.";
            out.add(new Omission(c, title, reason));
        }
        return out;
    }
}
