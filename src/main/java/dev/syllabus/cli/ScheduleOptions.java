package dev.syllabus.cli;

import dev.syllabus.plan.Format;
import dev.syllabus.plan.PlanRequest;
import picocli.CommandLine.Option;

/** The pace and output options that {@code plan} and {@code path} share: a dated schedule and the output format. */
final class ScheduleOptions {
    @Option(names = "--hours-per-week", paramLabel = "H", description = "Hours a week, for a dated schedule.")
    String hoursPerWeek;

    @Option(names = "--start", paramLabel = "DATE", description = "First day of the schedule, YYYY-MM-DD. Default: today.")
    String start;

    @Option(names = "--study-pace", paramLabel = "F", description = "Your own pace against the time estimates: 1.5 if you "
            + "take half as long again, 0.8 if faster. Default: 1.")
    String studyPace;

    @Option(names = "--format", defaultValue = "text",
            description = "text, markdown, json or ics (ics needs --hours-per-week). Default: ${DEFAULT-VALUE}.")
    String format;

    Format format() {
        return PlanOptions.format(format);
    }

    PlanOptions addTo(PlanOptions options) {
        return options.put(PlanRequest.HOURS_PER_WEEK, hoursPerWeek).put(PlanRequest.START, start)
                .put(PlanRequest.STUDY_PACE, studyPace);
    }

    /** A calendar is one event per study session, so it cannot exist without a pace. */
    void requirePaceFor(Format out, boolean hasPace) {
        if (out == Format.ICS && !hasPace) {
            throw new UsageError("--format ics needs --hours-per-week: a calendar needs a pace, for example --hours-per-week 5");
        }
    }
}
