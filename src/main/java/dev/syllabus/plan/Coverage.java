package dev.syllabus.plan;

import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan under construction has scheduled so far: whole resources, parts of resources, papers, and which concepts
 * they already teach. A resource is scheduled at most once: either whole, or as distinct parts, never both.
 */
final class Coverage {
    private final Set<Slug> whole = new HashSet<>();
    private final Map<Slug, Set<Integer>> parts = new HashMap<>();
    private final Set<Slug> papers = new HashSet<>();
    private final Map<Slug, Step.Cover> taught = new HashMap<>();

    /** True when the resource (whole when {@code segment} is negative, else that segment) may still be scheduled. */
    boolean allows(Resource r, int segment) {
        if (whole.contains(r.slug())) {
            return false;
        }
        Set<Integer> done = parts.getOrDefault(r.slug(), Set.of());
        return segment < 0 ? done.isEmpty() : !done.contains(segment);
    }

    /** Records a scheduled resource or part; every concept it teaches counts as taught from then on. */
    void add(Resource r, int segment, Step.Cover cover) {
        if (segment < 0) {
            whole.add(r.slug());
            r.allConcepts().forEach(c -> taught.putIfAbsent(c, cover));
        } else {
            parts.computeIfAbsent(r.slug(), k -> new HashSet<>()).add(segment);
            r.segments().get(segment).concept().ifPresent(c -> taught.putIfAbsent(c, cover));
        }
    }

    /** Marks a concept as taught by something that is not a resource (a concept page in a curated path). */
    void teach(Slug concept, Step.Cover cover) {
        taught.putIfAbsent(concept, cover);
    }

    Optional<Step.Cover> taughtBy(Slug concept) {
        return Optional.ofNullable(taught.get(concept));
    }

    boolean isTaught(Slug concept) {
        return taught.containsKey(concept);
    }

    boolean hasPaper(Slug paper) {
        return papers.contains(paper);
    }

    void addPaper(Slug paper) {
        papers.add(paper);
    }
}
