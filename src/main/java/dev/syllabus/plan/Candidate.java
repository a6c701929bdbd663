package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;

import java.util.Comparator;
import java.util.Optional;

/**
 * A resource, or one segment of it, that could teach a concept, with what the choice weighs: whether its link works,
 * whether it is the kind the learner prefers, whether it is light enough, whether a preferred creator made it, how a
 * guide picks it, and its minutes per needed concept it teaches ({@code teaches} counts those not yet taught).
 * {@code mainSubject} marks a segment on the concept, or a resource that lists the concept first among what it covers.
 */
record Candidate(Resource resource, int segment, Minutes minutes, int teaches, boolean mainSubject, boolean unusable,
                 boolean mismatch, boolean heavy, boolean byCreator, Optional<PlanIndex.PickRef> pick) {
    private static final Comparator<Candidate> EFFICIENCY = (a, b) ->
            Long.compare((long) a.minutes.value() * b.teaches, (long) b.minutes.value() * a.teaches);
    /**
     * After time per concept: the broader resource, then one whose main subject is the concept, then the shorter, then
     * the slug, so choices are stable.
     */
    private static final Comparator<Candidate> LAST = Comparator.comparingInt((Candidate c) -> -c.teaches)
            .thenComparing(c -> !c.mainSubject).thenComparingInt(c -> c.minutes.value())
            .thenComparing(c -> c.resource.slug()).thenComparingInt(Candidate::segment);

    /**
     * The order within one class of material (videos, or reading): a working link, lightness, a preferred creator, then
     * the guide's picks before other resources of the same kind, then time per concept taught.
     */
    static final Comparator<Candidate> WITHIN_CLASS = Comparator.comparing(Candidate::unusable)
            .thenComparing(Candidate::heavy).thenComparing(c -> !c.byCreator).thenComparingInt(Candidate::pickRank)
            .thenComparing(EFFICIENCY).thenComparing(LAST);

    /**
     * The order between the best video and the best reading: a working link, the learner's taste, lightness, a
     * preferred creator, then time per concept taught, so a light plan is not made of the longest picks.
     */
    static final Comparator<Candidate> ACROSS_CLASSES = Comparator.comparing(Candidate::unusable)
            .thenComparing(Candidate::mismatch).thenComparing(Candidate::heavy).thenComparing(c -> !c.byCreator)
            .thenComparing(EFFICIENCY).thenComparingInt(Candidate::pickRank).thenComparing(LAST);

    /** The budget's order: the same taste and lightness, then time per concept before creators and picks. */
    static final Comparator<Candidate> SHORTEST = Comparator.comparing(Candidate::unusable)
            .thenComparing(Candidate::mismatch).thenComparing(Candidate::heavy)
            .thenComparing(EFFICIENCY).thenComparing(LAST);

    /** True for videos and video series, the class a learner watches; everything else is read. */
    boolean watched() {
        return resource.kind().isVideo();
    }

    Optional<Segment> part() {
        return segment < 0 ? Optional.empty() : Optional.of(resource.segments().get(segment));
    }

    /** 0 for a guide's article or video pick, 1 for an alternative or companion, 2 when no guide picks it. */
    int pickRank() {
        return pick.map(p -> p.role().ordinal() <= 1 ? 0 : 1).orElse(2);
    }
}
