package dev.syllabus.kb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The concepts and their prerequisite edges (prerequisite to dependent, each hard or soft) and what each concept
 * includes, with cycle detection, ancestry and what knowing some concepts implies.
 */
public final class PrerequisiteGraph {
    private final Map<Slug, List<Slug>> prerequisites = new HashMap<>();
    private final Map<Slug, List<Slug>> hard = new HashMap<>();
    private final Map<Slug, List<Slug>> includes = new HashMap<>();
    private final Map<Slug, List<Slug>> dependents = new HashMap<>();

    private PrerequisiteGraph(Collection<Concept> concepts) {
        for (Concept c : concepts) {
            prerequisites.put(c.slug(), c.prerequisiteSlugs());
            hard.put(c.slug(), c.hardPrerequisiteSlugs());
            includes.put(c.slug(), c.includes());
            dependents.putIfAbsent(c.slug(), new ArrayList<>());
        }
        for (Concept c : concepts) {
            for (Slug p : c.prerequisiteSlugs()) {
                dependents.computeIfAbsent(p, k -> new ArrayList<>()).add(c.slug());
            }
        }
        dependents.values().forEach(l -> l.sort(null));
    }

    public static PrerequisiteGraph of(Collection<Concept> concepts) {
        return new PrerequisiteGraph(concepts);
    }

    /** Every prerequisite of the concept, hard and soft, as its file lists them. */
    public List<Slug> prerequisitesOf(Slug concept) {
        return prerequisites.getOrDefault(concept, List.of());
    }

    /** The prerequisites the concept cannot be followed without. */
    public List<Slug> hardPrerequisitesOf(Slug concept) {
        return hard.getOrDefault(concept, List.of());
    }

    /** The concepts the concept contains, as its file lists them. */
    public List<Slug> includesOf(Slug concept) {
        return includes.getOrDefault(concept, List.of());
    }

    /** Why a learner knows a concept: the given known concept it follows from, and whether by inclusion. */
    public record Knowing(Slug from, boolean included) {
    }

    /**
     * What a learner who knows {@code known} knows: each of those concepts, what they include, and the hard
     * prerequisites of all of these, transitively (soft prerequisites are background a learner may well have skipped).
     * Each concept maps to the first given concept that brought it in, in the order given; {@code included} when the
     * route passes through an inclusion.
     */
    public Map<Slug, Knowing> knownFrom(Collection<Slug> known) {
        Map<Slug, Knowing> because = new LinkedHashMap<>();
        for (Slug k : known) {
            Deque<Map.Entry<Slug, Boolean>> todo = new ArrayDeque<>(List.of(Map.entry(k, false)));
            while (!todo.isEmpty()) {
                Map.Entry<Slug, Boolean> next = todo.pop();
                if (because.putIfAbsent(next.getKey(), new Knowing(k, next.getValue())) == null) {
                    includesOf(next.getKey()).forEach(c -> todo.push(Map.entry(c, true)));
                    hardPrerequisitesOf(next.getKey()).forEach(c -> todo.push(Map.entry(c, next.getValue())));
                }
            }
        }
        return because;
    }

    /** The concepts that list {@code concept} as a prerequisite: what it unlocks. */
    public List<Slug> dependentsOf(Slug concept) {
        return List.copyOf(dependents.getOrDefault(concept, List.of()));
    }

    public int edgeCount() {
        return prerequisites.values().stream().mapToInt(List::size).sum();
    }

    /** The number of soft edges. */
    public int softEdgeCount() {
        return edgeCount() - hard.values().stream().mapToInt(List::size).sum();
    }

    /** Every concept {@code concept} requires, directly or through others, not including itself. */
    public Set<Slug> ancestors(Slug concept) {
        Set<Slug> seen = new LinkedHashSet<>();
        Deque<Slug> todo = new ArrayDeque<>(prerequisitesOf(concept));
        while (!todo.isEmpty()) {
            Slug next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(prerequisitesOf(next));
            }
        }
        seen.remove(concept);
        return seen;
    }

    /**
     * Every prerequisite cycle, each as the path that closes it ({@code a -> b -> a}), found by depth-first search in
     * slug order so the report is stable. Edges to unknown concepts are ignored here; validation reports them.
     */
    public List<List<Slug>> cycles() {
        List<List<Slug>> found = new ArrayList<>();
        Set<Slug> done = new HashSet<>();
        List<Slug> roots = new ArrayList<>(prerequisites.keySet());
        roots.sort(null);
        for (Slug root : roots) {
            if (!done.contains(root)) {
                visit(root, new ArrayList<>(), new HashSet<>(), done, found);
            }
        }
        return found;
    }

    private void visit(Slug node, List<Slug> stack, Set<Slug> onStack, Set<Slug> done, List<List<Slug>> found) {
        stack.add(node);
        onStack.add(node);
        List<Slug> next = new ArrayList<>(prerequisitesOf(node));
        next.sort(null);
        for (Slug p : next) {
            if (onStack.contains(p)) {
                List<Slug> cycle = new ArrayList<>(stack.subList(stack.indexOf(p), stack.size()));
                cycle.add(p);
                found.add(List.copyOf(cycle));
            } else if (!done.contains(p) && prerequisites.containsKey(p)) {
                visit(p, stack, onStack, done, found);
            }
        }
        stack.remove(stack.size() - 1);
        onStack.remove(node);
        done.add(node);
    }
}
