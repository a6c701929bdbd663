package dev.syllabus.cli;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;
import dev.syllabus.plan.Format;
import dev.syllabus.plan.Pace;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.plan.PathReport;
import dev.syllabus.plan.PathResume;
import dev.syllabus.progress.Standing;
import dev.syllabus.plan.PlanRequestParser;
import dev.syllabus.plan.StudyTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code syllabus path SLUG}: a curated path's phases and items with their totals beside the curator's estimates. */
@Command(name = "path", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = "Show a curated learning path: phases, items, modes, notes, and totals beside the curator's.")
final class PathCommand implements Callable<Integer> {
    @Mixin
    ContentOption content;

    @Parameters(index = "0", paramLabel = "SLUG", description = "The path's slug, e.g. lightweight-path or paper-path.")
    String slug;

    @Mixin
    ScheduleOptions schedule;

    @Mixin
    LearnerProgress progress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Format out = schedule.format();
        if (!Slug.isValid(slug)) {
            throw new UsageError("'" + slug + "' is not a slug: write the path's slug, for example lightweight-path");
        }
        Optional<Pace> pace = PlanRequestParser.pace(schedule.addTo(new PlanOptions()).parameters());
        schedule.requirePaceFor(out, pace.isPresent());
        KnowledgeBase kb = content.load().kb();
        StudyTime time = PlanRequestParser.studyTime(schedule.addTo(new PlanOptions()).parameters());
        PathReport whole = PathReport.of(kb, Slug.of(slug), Optional.empty(), time, Clock.systemDefaultZone());
        Standing standing = progress.standing(() -> kb);
        LearningPath path = kb.get(Slug.of(slug), LearningPath.class).orElseThrow();
        PathResume resumed = PathResume.of(whole, standing.doneOn(path), pace, Clock.systemDefaultZone());
        PrintWriter writer = spec.commandLine().getOut();
        writer.print(out.render(resumed.report()));
        if (resumed.doneItems() > 0 && out == Format.TEXT) {
            writer.print(ProgressText.pathDone(resumed));
        }
        writer.flush();
        return 0;
    }
}
