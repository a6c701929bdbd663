package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;

import java.util.Optional;

/**
 * An option for a concept as one request sees it: how many needed, not yet taught concepts it teaches, whether it is
 * the kind the learner prefers, whether a preferred creator made it, and the best guide pick among the concepts it
 * would teach. The three orders below are written out as plain comparisons because the chooser runs them for every
 * option of every needed concept.
 */
record Candidate(Option option, int length, int teaches, boolean mismatch, boolean byCreator, Optional<PlanIndex.PickRef> pick) {

    /**
     * The order within one class of material (videos, or reading): a working link, lightness, a preferred creator, then
     * the guide's picks before other resources of the same kind, then time per concept taught.
     */
    static int withinClass(Candidate a, Candidate b) {
        int c = flags(a.unusable(), a.heavy(), !a.byCreator) - flags(b.unusable(), b.heavy(), !b.byCreator);
        if (c == 0) {
            c = Integer.compare(a.pickRank(), b.pickRank());
        }
        return c != 0 ? c : byTime(a, b);
    }

    /**
     * The order between the best video and the best reading: a working link, the learner's taste, lightness, a
     * preferred creator, then time per concept taught (so a light plan is not made of the longest picks), then picks.
     */
    static int acrossClasses(Candidate a, Candidate b) {
        int c = flags(a.unusable(), a.mismatch, a.heavy(), !a.byCreator) - flags(b.unusable(), b.mismatch, b.heavy(), !b.byCreator);
        if (c == 0) {
            c = efficiency(a, b);
        }
        if (c == 0) {
            c = Integer.compare(a.pickRank(), b.pickRank());
        }
        return c != 0 ? c : last(a, b);
    }

    /** The budget's order: the same taste and lightness, then time per concept before creators and picks. */
    static int shortest(Candidate a, Candidate b) {
        int c = flags(a.unusable(), a.mismatch, a.heavy()) - flags(b.unusable(), b.mismatch, b.heavy());
        return c != 0 ? c : byTime(a, b);
    }

    /** The order of a budget the learner's taste cannot meet: lightness, then time per concept, whatever the kind. */
    static int shortestAnyKind(Candidate a, Candidate b) {
        int c = flags(a.unusable(), a.heavy()) - flags(b.unusable(), b.heavy());
        return c != 0 ? c : byTime(a, b);
    }

    private static int byTime(Candidate a, Candidate b) {
        int c = efficiency(a, b);
        return c != 0 ? c : last(a, b);
    }

    /** Fewer minutes per concept taught first. */
    private static int efficiency(Candidate a, Candidate b) {
        return Long.compare((long) a.length * b.teaches, (long) b.length * a.teaches);
    }

    /** Then the broader, then the one mainly about the concept, then the shorter, then by slug, so choices are stable. */
    private static int last(Candidate a, Candidate b) {
        int c = Integer.compare(b.teaches, a.teaches);
        if (c == 0) {
            c = Boolean.compare(!a.option.mainSubject(), !b.option.mainSubject());
        }
        if (c == 0) {
            c = Integer.compare(a.length, b.length);
        }
        if (c == 0) {
            c = a.resource().slug().compareTo(b.resource().slug());
        }
        return c != 0 ? c : Integer.compare(a.segment(), b.segment());
    }

    /** The flags as a number, the first most significant, so fewer and later flags sort first. */
    private static int flags(boolean... set) {
        int n = 0;
        for (boolean f : set) {
            n = n * 2 + (f ? 1 : 0);
        }
        return n;
    }

    Resource resource() {
        return option.resource();
    }

    int segment() {
        return option.segment();
    }

    /** The minutes it takes here: a segment's less any part inside it an earlier step gave. */
    Minutes minutes() {
        return Minutes.of(length);
    }

    Optional<Segment> part() {
        return option.part();
    }

    boolean unusable() {
        return !option.usable();
    }

    boolean heavy() {
        return !option.light();
    }

    /** True for videos and video series, the class a learner watches; everything else is read. */
    boolean watched() {
        return option.kind().isVideo();
    }

    /** 0 for a guide's article or video pick, 1 for an alternative or companion, 2 when no guide picks it. */
    int pickRank() {
        return pick.map(p -> p.role().ordinal() <= 1 ? 0 : 1).orElse(2);
    }
}
