package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A curated path from where a learner stands: the items they finished leave the report (and its schedule), with the
 * learner's reason, and the report says how much of the path is done. Items are addressed by their position in path
 * order (from 0), the order {@link PathReport} lists them in, so the caller decides what "done" means for each.
 */
public record PathResume(PathReport report, List<Omission> done, int doneItems, int items, Minutes doneMinutes,
                         Minutes totalMinutes) {
    public PathResume {
        done = List.copyOf(done);
    }

    /**
     * {@code report} (unscheduled) less the items at the positions {@code finished} names, each with why; scheduled at
     * {@code pace} when one is given.
     */
    public static PathResume of(PathReport report, Map<Integer, String> finished, Optional<Pace> pace, Clock clock) {
        List<PathReport.Phase> phases = new ArrayList<>();
        List<Omission> done = new ArrayList<>();
        Minutes total = Minutes.ZERO;
        Minutes doneMinutes = Minutes.ZERO;
        Minutes all = Minutes.ZERO;
        int position = 0;
        int count = 0;
        for (PathReport.Phase p : report.phases()) {
            List<PathReport.Item> left = new ArrayList<>();
            for (PathReport.Item i : p.items()) {
                String why = finished.get(position++);
                all = all.plus(i.minutes());
                if (why == null) {
                    left.add(i);
                } else {
                    done.add(new Omission(i.slug().orElse(Slug.of("activity")), i.title(), why));
                    doneMinutes = doneMinutes.plus(i.minutes());
                }
            }
            count += p.items().size();
            Minutes sum = left.stream().map(PathReport.Item::minutes).reduce(Minutes.ZERO, Minutes::plus);
            phases.add(new PathReport.Phase(p.number(), p.title(), p.estimate(), p.mode(), p.note(), sum, left));
            total = total.plus(sum);
        }
        PathReport left = new PathReport(report.slug(), report.title(), report.audience(), report.assumes(),
                report.statedTotal(), total, phases, report.postponed(), Optional.empty());
        PathReport shown = pace.map(p -> left.scheduled(p, clock)).orElse(left);
        return new PathResume(shown, done, done.size(), count, doneMinutes, all);
    }

    /** The share of the path done, from 0 to 100, counting items. */
    public int percentDone() {
        return items == 0 ? 0 : doneItems * 100 / items;
    }

    /** The first item left, if any: where the learner picks up. */
    public Optional<PathReport.Item> next() {
        return report.phases().stream().flatMap(p -> p.items().stream()).findFirst();
    }
}
