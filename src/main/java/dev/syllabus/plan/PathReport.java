package dev.syllabus.plan;

import dev.syllabus.kb.Estimate;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.PathItemType;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.Slug;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A curated learning path with honest totals: each phase's stated estimate beside the sum of its items, and the path's
 * total beside the curator's stated range; with a pace, a dated schedule of study sessions.
 */
public record PathReport(Slug slug, String title, String audience, String assumes, Optional<Estimate> statedTotal,
                         Minutes total, List<Phase> phases, List<Omission> postponed, Optional<Schedule> schedule) {
    /** One phase (or step) of the path with its items and their sum. */
    public record Phase(int number, String title, Optional<Estimate> estimate, Optional<ReadingMode> mode, String note,
                        Minutes total, List<Item> items) {
        public Phase {
            items = List.copyOf(items);
        }
    }

    /**
     * One item: its type, what it points at, its reading mode, its time (the curator's length, else the resource's
     * length or the paper's reading time; concept pages count nothing unless given a length) and the curator's note.
     * {@code material} is the resource or paper to open, absent for concept pages and activities.
     */
    public record Item(PathItemType type, Optional<Slug> slug, String title, Optional<ReadingMode> mode, Minutes minutes,
                       String note, Optional<StudyItem> material) {
    }

    public PathReport {
        phases = List.copyOf(phases);
        postponed = List.copyOf(postponed);
    }

    /**
     * The report of the path named {@code slug}, scheduled at {@code pace} when one is given (from the clock's today
     * when the pace has no start date).
     *
     * @throws PlanRequestException when no path has that slug, with the closest slugs
     */
    public static PathReport of(KnowledgeBase kb, Slug slug, Optional<Pace> pace, Clock clock) {
        return of(kb, slug, pace, StudyTime.TYPICAL, clock);
    }

    /** As {@link #of(KnowledgeBase, Slug, Optional, Clock)}, with the learner's own study pace. */
    public static PathReport of(KnowledgeBase kb, Slug slug, Optional<Pace> pace, StudyTime time, Clock clock) {
        LearningPath path = kb.get(slug, LearningPath.class).orElseThrow(() -> kb.get(slug).isPresent()
                ? new PlanRequestException("path", slug.value(), "is a " + kb.get(slug).get().type().id()
                + ", not a learning path: run 'syllabus list paths' to see the paths")
                : Goals.unknown(kb, "path", slug, "a learning path"));
        PathReport report = of(kb, path, time);
        return pace.map(p -> report.scheduled(p, clock)).orElse(report);
    }

    /** The report of {@code path}, without a schedule. */
    public static PathReport of(KnowledgeBase kb, LearningPath path) {
        return of(kb, path, StudyTime.TYPICAL);
    }

    /** The report of {@code path} at the learner's study pace, without a schedule. */
    public static PathReport of(KnowledgeBase kb, LearningPath path, StudyTime time) {
        java.util.Set<Slug> along = StudyTime.codedAlong(kb);
        List<Phase> phases = new ArrayList<>();
        Minutes total = Minutes.ZERO;
        for (dev.syllabus.kb.Phase p : path.phases()) {
            List<Item> items = p.items().stream().map(i -> PathItems.read(kb, p, i, time, along)).toList();
            Minutes sum = items.stream().map(Item::minutes).reduce(Minutes.ZERO, Minutes::plus);
            phases.add(new Phase(phases.size() + 1, p.title(), p.estimate(), p.mode(), p.note(), sum, items));
            total = total.plus(sum);
        }
        List<Omission> later = path.postponed().stream()
                .map(x -> new Omission(x.ref(), kb.get(x.ref()).map(e -> e.title()).orElse(x.ref().value()), x.reason()))
                .toList();
        return new PathReport(path.slug(), path.title(), path.audience(), path.assumes(), path.statedTotal(), total,
                phases, later, Optional.empty());
    }

    /** True when the curator states a total and the items add up to it (inside the range, or equal to a single figure). */
    public boolean withinStatedTotal() {
        return statedTotal.map(t -> t.contains(total)).orElse(true);
    }

    PathReport scheduled(Pace pace, Clock clock) {
        LocalDate start = pace.start().orElse(LocalDate.now(clock));
        List<Schedule.Work> work = new ArrayList<>();
        int n = 0;
        for (Phase phase : phases) {
            for (Item item : phase.items()) {
                n++;
                work.add(new Schedule.Work(n, item.title(), item.material().flatMap(StudyItem::link), item.minutes()));
            }
        }
        Schedule schedule = Schedule.of(work, pace, start, clock.instant(), "path " + slug);
        return new PathReport(slug, title, audience, assumes, statedTotal, total, phases, postponed, Optional.of(schedule));
    }
}
