package dev.syllabus.plan;

import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import dev.syllabus.kb.Segment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
    /** For each resource scheduled in parts, the step that gave each of its segments (0 for none yet). */
    private final Map<Integer, int[]> parts = new HashMap<>();
    private final Set<Slug> papers = new HashSet<>();
    private final Step.Cover[] taught;

    Coverage(PlanIndex index) {
        this.index = index;
        this.taught = new Step.Cover[index.conceptCount()];
    }

    /** True when the option's resource (whole, or the option's segment) may still be scheduled. */
    boolean allows(Option o) {
        if (whole.get(o.resourceId()) || (o.sameAs() >= 0 && (whole.get(o.sameAs()) || parts.containsKey(o.sameAs())))) {
            return false;
        }
        int[] done = parts.isEmpty() ? null : parts.get(o.resourceId());
        if (done == null) {
            return true;
        }
        if (o.segment() >= 0) {
            return done[o.segment()] == 0;
        }
        // With some parts given, the whole is still offered as the rest of it, which skips them: only when every
        // given part lies inside it, or the learner would be sent through a part a second time.
        for (int i = 0; i < done.length; i++) {
            final int given = i;
            if (done[i] != 0 && java.util.Arrays.stream(o.nested()).noneMatch(n -> n == given)) {
                return false;
            }
        }
        return o.nested().length > 0;
    }

    /** A part inside an option's segment that an earlier step already gave, so the learner skips it there. */
    record Skip(int segment, int step) {
    }

    /** The parts inside the option's segment that earlier steps gave, in the segment's order. */
    List<Skip> skipped(Option o) {
        int[] done = o.nested().length == 0 ? null : parts.get(o.resourceId());
        if (done == null) {
            return List.of();
        }
        List<Skip> out = new ArrayList<>();
        for (int n : o.nested()) {
            if (done[n] != 0) {
                out.add(new Skip(n, done[n]));
            }
        }
        return out;
    }

    /** The option's minutes less the parts inside it that earlier steps gave (never less than a minute). */
    int remaining(Option o) {
        List<Skip> skips = skipped(o);
        if (skips.isEmpty()) {
            return o.length();
        }
        List<int[]> spans = new ArrayList<>();
        for (Skip s : skips) {
            Segment seg = o.resource().segments().get(s.segment());
            int start = seg.start().orElseThrow().seconds();
            spans.add(new int[] {start, SegmentNesting.end(o.resource(), seg, start)});
        }
        spans.sort(java.util.Comparator.comparingInt(x -> x[0]));
        int skippedSeconds = 0;
        int reached = Integer.MIN_VALUE;
        for (int[] span : spans) {
            int from = Math.max(span[0], reached);
            if (span[1] > from) {
                skippedSeconds += span[1] - from;
                reached = span[1];
            }
        }
        return Math.max(1, o.length() - skippedSeconds / 60);
    }

    /** Records a scheduled option; every concept it teaches counts as taught from then on. */
    void add(Option o, Step.Cover cover) {
        if (o.segment() < 0) {
            whole.set(o.resourceId());
        } else {
            if (o.sameAs() >= 0) {
                whole.set(o.sameAs());
            }
            int[] done = parts.computeIfAbsent(o.resourceId(), k -> new int[o.resource().segments().size()]);
            done[o.segment()] = cover.step();
            for (int n : o.nested()) {
                if (done[n] == 0) {
                    done[n] = cover.step();
                }
            }
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
