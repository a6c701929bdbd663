package dev.syllabus.plan;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How far the study-time estimates were off for one learner: the minutes they logged on whole resources and papers
 * beside what the {@link StudyTime} model estimated for the same items, and the study pace that would have matched.
 */
public record PaceCheck(int items, Minutes logged, Minutes estimated) {
    /** The check over {@code loggedBySlug} (minutes logged per resource or paper); other slugs are not counted. */
    public static PaceCheck of(KnowledgeBase kb, Map<Slug, Integer> loggedBySlug) {
        Set<Slug> along = StudyTime.codedAlong(kb);
        int items = 0;
        int logged = 0;
        int estimated = 0;
        for (Map.Entry<Slug, Integer> e : loggedBySlug.entrySet()) {
            Optional<Minutes> estimate = estimate(kb, e.getKey(), along);
            if (estimate.isPresent() && estimate.get().value() > 0) {
                items++;
                logged += e.getValue();
                estimated += estimate.get().value();
            }
        }
        return new PaceCheck(items, Minutes.of(Math.min(logged, Minutes.MAX_HOURS * 60)),
                Minutes.of(Math.min(estimated, Minutes.MAX_HOURS * 60)));
    }

    private static Optional<Minutes> estimate(KnowledgeBase kb, Slug slug, Set<Slug> along) {
        return kb.get(slug).flatMap(e -> e.match(c -> Optional.<Minutes>empty(), (Paper p) -> Optional.of(p.readingTime()),
                (Resource r) -> Optional.of(StudyTime.TYPICAL.of(r, r.minutes(), along.contains(r.slug()))),
                cr -> Optional.empty(), p -> Optional.empty(), g -> Optional.empty()));
    }

    /** Logged over estimated time: 1.2 when the learner took a fifth longer than estimated. */
    public double ratio() {
        return estimated.value() == 0 ? 1.0 : (double) logged.value() / estimated.value();
    }

    /** The study pace that matches the learner's logged times, within the range the planner accepts. */
    public StudyTime matchingPace() {
        double r = Math.round(ratio() * 20) / 20.0;
        return new StudyTime(Math.max(StudyTime.FASTEST, Math.min(StudyTime.SLOWEST, r)));
    }

    /** One sentence for people: how far off the estimates were and the pace to plan with; empty with nothing logged. */
    public String message() {
        if (items == 0) {
            return "";
        }
        long off = Math.round((ratio() - 1) * 100);
        String how = off == 0 ? "as estimated" : Math.abs(off) + "% " + (off > 0 ? "longer" : "shorter") + " than estimated";
        return String.format(Locale.ROOT, "Over %d item%s you logged %s against %s estimated: %s; plan with "
                        + "--study-pace %s to match.", items, items == 1 ? "" : "s", logged, estimated, how, matchingPace());
    }
}
