package dev.syllabus.plan;

import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One way to learn a concept, precomputed once per knowledge base: a whole resource, or the segment of one that is on
 * exactly the concept, with everything the choice weighs that never changes between requests. {@code resourceId} is
 * the resource's index id, {@code length} its (or the segment's) minutes, {@code teaches} the ids of the concepts it
 * teaches and {@code picks} the guide picks of the resource for any concept. The copies of the resource's kind and
 * length keep the chooser's inner loop off the resource objects. {@code nested} are the segments inside the option's
 * segment; {@code sameAs} is the id of another resource the option's part is in full (the same video), or -1.
 */
record Option(Resource resource, int resourceId, int segment, ResourceKind kind, int length, int[] teaches, int[] nested,
              int sameAs, boolean light, boolean usable, boolean mainSubject, Optional<PlanIndex.PickRef> pick,
              List<PlanIndex.PickOn> picks) {
    /** The explainers of a light plan: short videos, blog posts and articles (and parts of a video series). */
    private static final Set<ResourceKind> LIGHT = EnumSet.of(ResourceKind.VIDEO, ResourceKind.BLOG_POST, ResourceKind.ARTICLE);

    /**
     * The option of learning from {@code r}: the segment with that index, or the whole resource when {@code segment} is
     * negative. {@code teaches} are the concepts it teaches (a segment's own and those of the segments {@code nested}
     * inside it); {@code main} says the concept it is offered for is what the resource is mainly about.
     */
    static Option of(Resource r, int resourceId, int segment, int[] teaches, int[] nested, int sameAs, boolean main,
                     Optional<PlanIndex.PickRef> pick, List<PlanIndex.PickOn> picks) {
        Minutes minutes = segment < 0 ? r.minutes() : r.minutesOf(r.segments().get(segment));
        boolean light = LIGHT.contains(r.kind()) || (segment >= 0 && r.kind() == ResourceKind.VIDEO_SERIES);
        return new Option(r, resourceId, segment, r.kind(), minutes.value(), teaches, nested, sameAs, light, usable(r),
                segment >= 0 || main, pick, picks);
    }

    /**
     * A link a learner can open: present, and not one a source spelt so that it cannot work. A source that gave no
     * address at all ({@link DefectKind#MISSING_URL}) does not count against an address the curators found since.
     */
    private static boolean usable(Resource r) {
        return r.url().isPresent() && !r.hasDefect(DefectKind.INVALID_VIDEO_ID) && !r.hasDefect(DefectKind.MISSPELT_HOST);
    }

    /**
     * True when the option is mainly about its concept: the resource's first listed subject, a part on it, or a guide's
     * pick for it; what a teacher hands out as the explainer of a goal.
     */
    boolean about() {
        return mainSubject || pick.isPresent();
    }

    Minutes minutes() {
        return Minutes.of(length);
    }

    Optional<Segment> part() {
        return segment < 0 ? Optional.empty() : Optional.of(resource.segments().get(segment));
    }
}
