package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Puts concepts in study order: every concept after all its prerequisites; among the concepts ready at the same time,
 * the earlier curriculum area first, then the order the curated guides give, then the title, then the slug, so the same
 * concepts always come out in the same order. Works on index ids and arrays, since a goal may need thousands of concepts.
 */
final class CurriculumOrder {
    private CurriculumOrder() {
    }

    /**
     * The needed concepts in study order. Concepts caught in a prerequisite cycle, which validation reports as an error,
     * come last in tie-break order rather than being lost.
     */
    static List<Slug> sort(PlanIndex index, Needs needs) {
        List<Integer> ids = needs.ids();
        int n = ids.size();
        Concept[] concepts = new Concept[n];
        int[] guide = new int[n];
        int[] local = new int[index.conceptCount()];
        for (int i = 0; i < n; i++) {
            concepts[i] = index.concept(ids.get(i));
            guide[i] = index.guideOrder(concepts[i].slug());
            local[ids.get(i)] = i + 1;
        }
        Comparator<Integer> order = Comparator.comparingInt((Integer i) -> concepts[i].area().ordinal())
                .thenComparingInt(i -> guide[i]).thenComparing(i -> concepts[i].title()).thenComparing(i -> concepts[i].slug());
        int[] waiting = new int[n];
        List<List<Integer>> unlocks = unlocks(index, ids, local, waiting);
        return kahn(concepts, waiting, unlocks, order);
    }

    /** For each needed concept, the needed concepts it unlocks; counts each one's needed prerequisites in {@code waiting}. */
    private static List<List<Integer>> unlocks(PlanIndex index, List<Integer> ids, int[] local, int[] waiting) {
        List<List<Integer>> unlocks = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            unlocks.add(new ArrayList<>(2));
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int p : index.prerequisites(ids.get(i))) {
                if (local[p] > 0) {
                    waiting[i]++;
                    unlocks.get(local[p] - 1).add(i);
                }
            }
        }
        return unlocks;
    }

    private static List<Slug> kahn(Concept[] concepts, int[] waiting, List<List<Integer>> unlocks, Comparator<Integer> order) {
        PriorityQueue<Integer> ready = new PriorityQueue<>(order);
        for (int i = 0; i < concepts.length; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<Slug> sorted = new ArrayList<>(concepts.length);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            sorted.add(concepts[next].slug());
            for (int d : unlocks.get(next)) {
                if (--waiting[d] == 0) {
                    ready.add(d);
                }
            }
        }
        appendStuck(concepts, waiting, order, sorted);
        return sorted;
    }

    /** Concepts still waiting after the sort are in a prerequisite cycle: they go last, in tie-break order. */
    private static void appendStuck(Concept[] concepts, int[] waiting, Comparator<Integer> order, List<Slug> sorted) {
        List<Integer> stuck = new ArrayList<>();
        for (int i = 0; i < concepts.length; i++) {
            if (waiting[i] > 0) {
                stuck.add(i);
            }
        }
        stuck.sort(order);
        stuck.forEach(i -> sorted.add(concepts[i].slug()));
    }
}
