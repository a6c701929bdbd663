package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Puts concepts in study order: every concept after all its prerequisites; among the concepts ready at the same time,
 * the earlier curriculum area first, then the order the curated guides give, then the title, then the slug, so the same
 * concepts always come out in the same order.
 */
final class CurriculumOrder {
    private CurriculumOrder() {
    }

    /** A concept's place among the ready ones. */
    private record Key(Slug slug, int area, int guide, String title) {
        static final Comparator<Key> ORDER = Comparator.comparingInt(Key::area).thenComparingInt(Key::guide)
                .thenComparing(Key::title).thenComparing(Key::slug);
    }

    /**
     * The concepts of {@code needed} (all of which must exist) in study order. Concepts caught in a prerequisite cycle,
     * which validation reports as an error, come last in tie-break order rather than being lost.
     */
    static List<Slug> sort(PlanIndex index, Set<Slug> needed) {
        Map<Slug, Key> keys = new HashMap<>();
        Map<Slug, Integer> waiting = new HashMap<>();
        Map<Slug, List<Slug>> unlocks = new HashMap<>();
        for (Slug c : needed) {
            Concept concept = index.concept(c).orElseThrow();
            keys.put(c, new Key(c, concept.area().ordinal(), index.guideOrder(c), concept.title()));
            int count = 0;
            for (Slug p : concept.prerequisiteSlugs().stream().distinct().toList()) {
                if (needed.contains(p)) {
                    count++;
                    unlocks.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
                }
            }
            waiting.put(c, count);
        }
        PriorityQueue<Key> ready = new PriorityQueue<>(Key.ORDER);
        waiting.forEach((c, n) -> {
            if (n == 0) {
                ready.add(keys.get(c));
            }
        });
        List<Slug> order = new ArrayList<>(needed.size());
        while (!ready.isEmpty()) {
            Slug next = ready.poll().slug();
            order.add(next);
            for (Slug d : unlocks.getOrDefault(next, List.of())) {
                if (waiting.merge(d, -1, Integer::sum) == 0) {
                    ready.add(keys.get(d));
                }
            }
        }
        if (order.size() < needed.size()) {
            needed.stream().filter(c -> waiting.get(c) > 0).map(keys::get).sorted(Key.ORDER).forEach(k -> order.add(k.slug()));
        }
        return order;
    }
}
