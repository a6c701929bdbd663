package dev.syllabus.plan;

import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Which segments of a resource lie inside which: a long chapter ("Reinforcement learning and RLHF", 2:07:28 to
 * 3:09:39) often holds shorter ones a plan can also use on their own ("Reinforcement learning", from 2:14:42). The
 * planner must know, so the same minutes are never scheduled twice.
 */
final class SegmentNesting {
    private SegmentNesting() {
    }

    /** For each segment of {@code r}, by index, the indexes of the other segments wholly inside it. */
    static int[][] of(Resource r) {
        List<Segment> s = r.segments();
        int[][] out = new int[s.size()][];
        for (int i = 0; i < s.size(); i++) {
            List<Integer> in = new ArrayList<>();
            for (int j = 0; j < s.size(); j++) {
                // Two segments with the same span: the later-listed one counts as inside the earlier.
                if (j != i && inside(r, s.get(j), s.get(i)) && !(j < i && inside(r, s.get(i), s.get(j)))) {
                    in.add(j);
                }
            }
            out[i] = in.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** True when {@code inner} starts no earlier and ends no later than {@code outer}, on the same address. */
    static boolean inside(Resource r, Segment inner, Segment outer) {
        if (inner.start().isEmpty() || outer.start().isEmpty() || !inner.url().equals(outer.url())) {
            return false;
        }
        int innerStart = inner.start().get().seconds();
        int outerStart = outer.start().get().seconds();
        return outerStart <= innerStart && end(r, inner, innerStart) <= end(r, outer, outerStart);
    }

    /** The second a segment ends at, from its start and its time. */
    static int end(Resource r, Segment s, int start) {
        return start + r.minutesOf(s).value() * 60;
    }
}
