package dev.syllabus.plan;

import java.util.Optional;

/**
 * Chooses the explainer for a concept among its {@link Option}s. A resource with a segment on exactly the concept is
 * offered as that segment, not whole: the learner watches the minutes that matter. Parts already scheduled are not
 * offered again.
 */
final class ResourceChooser {
    private final PlanIndex index;
    private final PlanRequest request;
    private final Needs needs;

    ResourceChooser(PlanIndex index, PlanRequest request, Needs needs) {
        this.index = index;
        this.request = request;
        this.needs = needs;
    }

    /**
     * The best explainer for the concept, or the shortest when a budget asks for it. The learner's choice is made in
     * two rounds: the best video and the best reading (where guide picks come first), then the better of the two.
     */
    Optional<Candidate> best(int concept, boolean shortest, Coverage coverage) {
        return best(concept, shortest, false, coverage);
    }

    /** As {@link #best(int, boolean, Coverage)}; with {@code anyKind}, the shortest whatever the learner prefers. */
    Optional<Candidate> best(int concept, boolean shortest, boolean anyKind, Coverage coverage) {
        return best(concept, shortest, anyKind, false, coverage);
    }

    /** As {@link #best(int, boolean, boolean, Coverage)}; with {@code mainOnly}, only explainers mainly about the concept. */
    Optional<Candidate> best(int concept, boolean shortest, boolean anyKind, boolean mainOnly, Coverage coverage) {
        Candidate any = null;
        Candidate video = null;
        Candidate reading = null;
        for (Option o : index.options(concept)) {
            if (!coverage.allows(o) || (mainOnly && !o.about())) {
                continue;
            }
            Candidate c = candidate(o, coverage);
            if (shortest) {
                any = any == null || (anyKind ? Candidate.shortestAnyKind(c, any) : Candidate.shortest(c, any)) < 0 ? c : any;
            } else if (o.kind().isVideo()) {
                video = video == null || Candidate.withinClass(c, video) < 0 ? c : video;
            } else {
                reading = reading == null || Candidate.withinClass(c, reading) < 0 ? c : reading;
            }
        }
        if (shortest || video == null || reading == null) {
            return Optional.ofNullable(shortest ? any : video == null ? reading : video);
        }
        return Optional.of(Candidate.acrossClasses(video, reading) <= 0 ? video : reading);
    }

    private Candidate candidate(Option o, Coverage coverage) {
        boolean byCreator = !request.creators().isEmpty()
                && o.resource().creators().stream().anyMatch(request.creators()::contains);
        int length = o.nested().length == 0 ? o.length() : coverage.remaining(o);
        return new Candidate(o, length, teaches(o, coverage), !request.prefer().likes(o.kind()), byCreator, bestPick(o, coverage));
    }

    /** How many needed, not yet taught concepts the option teaches (at least the one it is chosen for). */
    private int teaches(Option o, Coverage coverage) {
        int n = 0;
        for (int c : o.teaches()) {
            if (needs.isNeeded(c) && !coverage.isTaught(c)) {
                n++;
            }
        }
        return Math.max(1, n);
    }

    /**
     * How a guide picks the option, for its concept or any other needed one the whole resource teaches: a guide's pick
     * for the transformer is a fine explainer of the transformer's parts too.
     */
    private Optional<PlanIndex.PickRef> bestPick(Option o, Coverage coverage) {
        Optional<PlanIndex.PickRef> best = o.pick();
        for (PlanIndex.PickOn p : o.picks()) {
            if (needs.isNeeded(p.concept()) && !coverage.isTaught(p.concept())
                    && (best.isEmpty() || p.ref().role().compareTo(best.get().role()) < 0)) {
                best = Optional.of(p.ref());
            }
        }
        return best;
    }
}
