package dev.syllabus.plan;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.PathItemType;
import dev.syllabus.kb.Phase;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The time model: how long studying a thing takes, which is not its running time. A video takes its running time
 * times {@link #WATCHING} (pauses, rewinding), or {@link #CODING_ALONG} when a curated path has the learner type along
 * (read hands-on); an article or blog post takes its reading-through time times a density that grows with its level;
 * a paper takes its {@code reading_time}, which curators give for a careful first reading; books, courses, notes and
 * activities take the working time their lengths already state; a concept page takes a short read of its text. On top,
 * the learner's own {@code pace} scales everything (1.5: "I take half as long again"). The README documents the same
 * factors; every part of the product (plans, path reports, the web) goes through this one class.
 */
public record StudyTime(double pace, boolean modelled) {
    /** Watching to understand: pausing, rewinding, replaying a derivation. */
    public static final double WATCHING = 1.25;
    /** Typing the code along with the video and getting it to run. */
    public static final double CODING_ALONG = 1.5;
    /** Studying an introductory, intermediate or advanced article, against reading it through once. */
    private static final double[] DENSITY = {1.25, 1.5, 2.0};
    /** Words a minute on a concept page, which is short and written to be read once. */
    private static final int PAGE_WORDS_PER_MINUTE = 150;
    private static final int SHORTEST_PAGE = 5;
    /** The learner's own factor stays within reason: a quarter of the model's time to four times it. */
    public static final double SLOWEST = 4.0;
    public static final double FASTEST = 0.25;

    /** The model as it stands, for a learner who gives no pace of their own. */
    public static final StudyTime TYPICAL = new StudyTime(1.0);
    /** Running times as they are, with no study factors: for tests of how plans are built around given lengths. */
    static final StudyTime RUNNING = new StudyTime(1.0, false);

    /** The model at the learner's own {@code pace}. */
    public StudyTime(double pace) {
        this(pace, true);
    }

    public StudyTime {
        if (!(pace >= FASTEST && pace <= SLOWEST)) {
            throw new IllegalArgumentException("a study pace is between " + FASTEST + " and " + SLOWEST + ", not " + pace);
        }
    }

    /** The factor the model applies to a resource's stated length, before the learner's pace. */
    static double factor(ResourceKind kind, Level level, boolean codedAlong) {
        if (kind.isVideo()) {
            return codedAlong ? CODING_ALONG : WATCHING;
        }
        if (kind == ResourceKind.ARTICLE || kind == ResourceKind.BLOG_POST) {
            return DENSITY[level.ordinal()];
        }
        return 1.0;
    }

    /** The study time of {@code length} of resource {@code r} (the whole or a part of it). */
    Minutes of(Resource r, Minutes length, boolean codedAlong) {
        return scaled(length, (modelled ? factor(r.kind(), r.level(), codedAlong) : 1.0) * pace);
    }

    /** A time that is already study time (a paper's reading time, a curator's estimate, an activity): only the pace. */
    Minutes own(Minutes studyTime) {
        return scaled(studyTime, pace);
    }

    /** A concept page's short read: its words at a steady pace, at least five minutes. */
    Minutes page(String body) {
        int words = body.isBlank() ? 0 : body.strip().split("\\s+").length;
        return own(Minutes.of(Math.max(SHORTEST_PAGE, (words + PAGE_WORDS_PER_MINUTE - 1) / PAGE_WORDS_PER_MINUTE)));
    }

    private static Minutes scaled(Minutes m, double factor) {
        return Minutes.of((int) Math.min(Minutes.MAX_HOURS * 60L, Math.round(m.value() * factor)));
    }

    /**
     * How an item's time reads when study time differs from running time: "1h 56m video, about 3h with the code",
     * "30m read, about 45m to study". Empty when the two are the same.
     */
    static String describe(ResourceKind kind, Minutes running, Minutes study, boolean codedAlong) {
        if (running.equals(study) || kind == ResourceKind.PAPER) {
            return "";
        }
        String what = kind.isVideo() ? " video" : " read";
        String how = kind.isVideo() ? (codedAlong ? " with the code" : " with pauses") : " to study";
        return running + what + ", about " + rounded(study) + how;
    }

    /** A study time as a person estimates it: to 5 minutes under an hour, to a quarter hour above. */
    static Minutes rounded(Minutes m) {
        int step = m.value() < 60 ? 5 : 15;
        return Minutes.of(Math.max(step, (m.value() + step / 2) / step * step));
    }

    /** The resources a curated path has the learner work through hands-on: its coding-along videos. */
    static Set<Slug> codedAlong(KnowledgeBase kb) {
        Set<Slug> out = new HashSet<>();
        for (LearningPath p : kb.paths()) {
            for (Phase phase : p.phases()) {
                for (PathItem item : phase.items()) {
                    if (item.type() == PathItemType.RESOURCE && phase.modeOf(item).filter(ReadingMode.HANDS_ON::equals).isPresent()) {
                        item.ref().ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f", pace).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
