package dev.syllabus.plan;

import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Chooses the explainer for a concept among the resources that teach it. A resource with a segment on exactly the
 * concept is offered as that segment, not whole: the learner watches the minutes that matter. Parts already scheduled
 * are not offered again.
 */
final class ResourceChooser {
    /** The explainers of a light plan: short videos, blog posts and articles. */
    private static final Set<ResourceKind> LIGHT = EnumSet.of(ResourceKind.VIDEO, ResourceKind.BLOG_POST, ResourceKind.ARTICLE);

    private final PlanIndex index;
    private final PlanRequest request;
    private final Needs needs;

    ResourceChooser(PlanIndex index, PlanRequest request, Needs needs) {
        this.index = index;
        this.request = request;
        this.needs = needs;
    }

    /**
     * The best explainer for {@code concept}, or the shortest when a budget asks for it. The learner's choice is made in
     * two rounds: the best video and the best reading (where guide picks come first), then the better of the two.
     */
    Optional<Candidate> best(Slug concept, boolean shortest, Coverage coverage) {
        List<Candidate> all = candidates(concept, coverage);
        if (shortest) {
            return all.stream().min(Candidate.SHORTEST);
        }
        Optional<Candidate> video = all.stream().filter(Candidate::watched).min(Candidate.WITHIN_CLASS);
        Optional<Candidate> reading = all.stream().filter(c -> !c.watched()).min(Candidate.WITHIN_CLASS);
        return Stream.concat(video.stream(), reading.stream()).min(Candidate.ACROSS_CLASSES);
    }

    List<Candidate> candidates(Slug concept, Coverage coverage) {
        List<Candidate> out = new ArrayList<>();
        for (Resource r : index.kb().resourcesFor(concept)) {
            int segment = segmentOn(r, concept);
            if (segment < 0 && !r.covers().contains(concept)) {
                continue;
            }
            if (coverage.allows(r, segment)) {
                out.add(candidate(r, segment, concept, coverage));
            }
        }
        return out;
    }

    private static int segmentOn(Resource r, Slug concept) {
        List<Segment> segments = r.segments();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).concept().filter(concept::equals).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private Candidate candidate(Resource r, int segment, Slug concept, Coverage coverage) {
        Minutes minutes = segment < 0 ? r.minutes() : r.minutesOf(r.segments().get(segment));
        int teaches = segment < 0 ? teaches(r, coverage) : 1;
        boolean heavy = !(LIGHT.contains(r.kind()) || (segment >= 0 && r.kind() == ResourceKind.VIDEO_SERIES));
        boolean byCreator = r.creators().stream().anyMatch(request.creators()::contains);
        boolean main = segment >= 0 || (!r.covers().isEmpty() && r.covers().get(0).equals(concept));
        return new Candidate(r, segment, minutes, teaches, main, !usable(r), !request.prefer().likes(r.kind()), heavy,
                byCreator, segment < 0 ? bestPick(r, concept, coverage) : index.pick(concept, r.slug()));
    }

    /**
     * How a guide picks the whole resource, for this concept or any other needed one it teaches: a guide's pick for the
     * transformer is a fine explainer of the transformer's parts too.
     */
    private Optional<PlanIndex.PickRef> bestPick(Resource r, Slug concept, Coverage coverage) {
        Optional<PlanIndex.PickRef> best = index.pick(concept, r.slug());
        for (Slug c : r.allConcepts()) {
            if (needs.isNeeded(c) && !coverage.isTaught(c)) {
                Optional<PlanIndex.PickRef> other = index.pick(c, r.slug());
                if (other.isPresent() && (best.isEmpty() || other.get().role().compareTo(best.get().role()) < 0)) {
                    best = other;
                }
            }
        }
        return best;
    }

    /** How many needed, not yet taught concepts the whole resource teaches. */
    private int teaches(Resource r, Coverage coverage) {
        int n = 0;
        for (Slug c : r.allConcepts()) {
            if (needs.isNeeded(c) && !coverage.isTaught(c)) {
                n++;
            }
        }
        return Math.max(1, n);
    }

    /** A link a learner can open: present, and not one a source spelt so that it cannot work. */
    static boolean usable(Resource r) {
        return r.url().isPresent() && !r.hasDefect(DefectKind.INVALID_VIDEO_ID) && !r.hasDefect(DefectKind.MISSPELT_HOST)
                && !r.hasDefect(DefectKind.MISSING_URL);
    }
}
