package dev.syllabus.cli;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.plan.Format;
import dev.syllabus.plan.Plan;
import dev.syllabus.plan.PlanRequest;
import dev.syllabus.plan.PlanRequestParser;
import dev.syllabus.plan.PaceCheck;
import dev.syllabus.plan.Planner;
import dev.syllabus.plan.Resume;
import dev.syllabus.progress.Standing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code syllabus plan}: an ordered, timed, explained study plan towards goals, optionally budgeted and dated. */
@Command(name = "plan", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = "Plan study towards concepts, papers or paths: every step after its prerequisites, each explained; "
                + "what your progress marks as known or done is left out (see --ignore-progress).")
final class PlanCommand implements Callable<Integer> {
    @Mixin
    ContentOption content;

    @Option(names = "--goal", paramLabel = "SLUG", description = "A concept, paper or path to reach (repeatable, or comma-separated).")
    List<String> goals;

    @Option(names = "--known", paramLabel = "SLUGS", description = "Concepts you know, comma-separated; they and all they require are skipped.")
    List<String> known;

    @Option(names = "--depth", paramLabel = "D", description = "light (hard prerequisites, explainers) or deep (adds background prerequisites and the canonical papers). Default: light.")
    String depth;

    @Option(names = "--prefer", paramLabel = "KIND", description = "video, article, paper or any. Default: any.")
    String prefer;

    @Option(names = "--creator", paramLabel = "SLUG", description = "A creator whose resources come first (repeatable).")
    List<String> creators;

    @Option(names = "--budget", paramLabel = "TIME", description = "Most time to spend: 12h, 90m, 1h30m. Never exceeded silently.")
    String budget;

    @Option(names = "--why", paramLabel = "HOW", description = "short (the one need behind each step) or full (adds the whole prerequisite chain from the goal). Default: short.")
    String why;

    @Mixin
    ScheduleOptions schedule;

    @Mixin
    LearnerProgress progress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Format out = schedule.format();
        boolean fullWhy = fullWhy(why);
        PlanOptions options = new PlanOptions().put(PlanRequest.GOAL, PlanOptions.list(goals))
                .put(PlanRequest.KNOWN, PlanOptions.list(known)).put(PlanRequest.DEPTH, depth)
                .put(PlanRequest.PREFER, prefer).put(PlanRequest.CREATOR, PlanOptions.list(creators))
                .put(PlanRequest.BUDGET, budget);
        schedule.addTo(options);
        PlanRequest request = PlanRequestParser.parse(options.parameters());
        schedule.requirePaceFor(out, request.pace().isPresent());
        // Read while the progress database opens.
        Supplier<KnowledgeBase> loading = content.knowledgeBase();
        Standing standing = progress.standing(loading);
        KnowledgeBase kb = loading.get();
        Plan plan = Resume.plan(new Planner(Clock.systemDefaultZone()), kb, request, standing.studied());
        PrintWriter writer = spec.commandLine().getOut();
        writer.print(out.render(plan, fullWhy));
        if (out == Format.TEXT) {
            String pace = PaceCheck.of(kb, standing.logged()).message();
            writer.print(pace.isEmpty() ? "" : "\n" + pace + "\n");
        }
        writer.flush();
        return 0;
    }

    private static boolean fullWhy(String why) {
        if (why == null || why.equals("short")) {
            return false;
        }
        if (why.equals("full")) {
            return true;
        }
        throw new UsageError("--why '" + why + "' is not a way to explain steps: write short or full");
    }
}
