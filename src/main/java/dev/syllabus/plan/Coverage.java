package dev.syllabus.plan;

import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan under construction has scheduled so far: whole resources, parts of resources, papers, and which concepts
 * they already teach. A resource is scheduled at most once: either whole, or as distinct parts, never both. Resources
 * and concepts are known by their index ids, which keeps the checks cheap on large knowledge bases.
 */
final class Coverage {
    private final PlanIndex index;
    private final BitSet whole = new BitSet();
    private final Map<Integer, BitSet> parts = new HashMap<>();
    private final Set<Slug> papers = new HashSet<>();
    private final Step.Cover[] taught;

    Coverage(PlanIndex index) {
        this.index = index;
        this.taught = new Step.Cover[index.conceptCount()];
    }

    /** True when the option's resource (whole, or the option's segment) may still be scheduled. */
    boolean allows(Option o) {
        if (whole.get(o.resourceId())) {
            return false;
        }
        BitSet done = parts.isEmpty() ? null : parts.get(o.resourceId());
        return done == null || (o.segment() >= 0 && !done.get(o.segment()));
    }

    /** Records a scheduled option; every concept it teaches counts as taught from then on. */
    void add(Option o, Step.Cover cover) {
        if (o.segment() < 0) {
            whole.set(o.resourceId());
        } else {
            parts.computeIfAbsent(o.resourceId(), k -> new BitSet()).set(o.segment());
        }
        teach(o.teaches(), cover);
    }

    /** Records a whole resource scheduled outside the concept steps (a curated path's item). */
    void add(Resource r, Step.Cover cover) {
        int id = index.resourceId(r.slug());
        if (id >= 0) {
            whole.set(id);
        }
        teach(r.allConcepts().stream().mapToInt(index::id).filter(c -> c >= 0).toArray(), cover);
    }

    /** True when the resource may still be scheduled whole. */
    boolean allows(Resource r) {
        int id = index.resourceId(r.slug());
        return id < 0 || (!whole.get(id) && !parts.containsKey(id));
    }

    private void teach(int[] concepts, Step.Cover cover) {
        for (int c : concepts) {
            if (taught[c] == null) {
                taught[c] = cover;
            }
        }
    }

    /** Marks a concept as taught by something that is not a resource (a concept page in a curated path). */
    void teach(Slug concept, Step.Cover cover) {
        int id = index.id(concept);
        if (id >= 0 && taught[id] == null) {
            taught[id] = cover;
        }
    }

    Optional<Step.Cover> taughtBy(Slug concept) {
        int id = index.id(concept);
        return id < 0 ? Optional.empty() : Optional.ofNullable(taught[id]);
    }

    boolean isTaught(int concept) {
        return taught[concept] != null;
    }

    boolean hasPaper(Slug paper) {
        return papers.contains(paper);
    }

    void addPaper(Slug paper) {
        papers.add(paper);
    }
}
