package dev.syllabus.cli;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Slug;
import dev.syllabus.plan.PathReport;
import dev.syllabus.plan.PathResume;
import dev.syllabus.plan.Plan;
import dev.syllabus.plan.PlanRequest;
import dev.syllabus.plan.PlanRequestParser;
import dev.syllabus.plan.Planner;
import dev.syllabus.plan.Resume;
import dev.syllabus.plan.StudyTime;
import dev.syllabus.progress.ItemKind;
import dev.syllabus.progress.Standing;
import dev.syllabus.progress.Status;
import dev.syllabus.progress.Unlocks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code syllabus next}: what to study next from the learner's progress, towards a goal or along a path, and what a concept unlocks. */
@Command(name = "next", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = "What to study next: the first step left towards --goal, the next item of --path, what --unlocks "
                + "CONCEPT opens, or (with none of these) what you started and what your progress makes ready.")
final class NextCommand implements Callable<Integer> {
    @Mixin
    ContentOption content;

    @Option(names = "--goal", paramLabel = "SLUG", description = "A concept, paper or path to reach (repeatable, or comma-separated).")
    List<String> goals;

    @Option(names = "--path", paramLabel = "SLUG", description = "A curated path: its next item not done.")
    String path;

    @Option(names = "--unlocks", paramLabel = "CONCEPT", description = "Which concepts knowing CONCEPT makes ready.")
    String unlocks;

    @Mixin
    LearnerProgress progress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int asked = (goals == null || goals.isEmpty() ? 0 : 1) + (path == null ? 0 : 1) + (unlocks == null ? 0 : 1);
        if (asked > 1) {
            throw new UsageError("give one of --goal, --path or --unlocks, or none of them for what is ready");
        }
        Supplier<KnowledgeBase> loading = content.knowledgeBase();
        Standing standing = progress.standing(loading);
        KnowledgeBase kb = loading.get();
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemDefaultZone();
        if (goals != null && !goals.isEmpty()) {
            PlanRequest request = PlanRequestParser.parse(new PlanOptions().put(PlanRequest.GOAL, PlanOptions.list(goals)).parameters());
            Plan plan = Resume.plan(new Planner(clock), kb, request, standing.studied());
            out.print(ProgressText.nextInPlan(plan));
        } else if (path != null) {
            LearningPath p = kb.get(slug(path, "--path"), LearningPath.class).orElseThrow(() -> new UsageError("--path "
                    + path + " is not a learning path" + Suggestions.didYouMean(kb, path)));
            PathReport whole = PathReport.of(kb, p, StudyTime.TYPICAL);
            out.print(ProgressText.nextOnPath(PathResume.of(whole, standing.doneOn(p), Optional.empty(), clock)));
        } else if (unlocks != null) {
            Concept c = kb.get(slug(unlocks, "--unlocks"), Concept.class).orElseThrow(() -> new UsageError("--unlocks "
                    + unlocks + " is not a concept" + Suggestions.didYouMean(kb, unlocks)));
            out.print(ProgressText.unlocks(Unlocks.of(kb, standing, c.slug()), c.title()));
        } else {
            List<String> started = standing.marks().entrySet().stream().filter(e -> e.getValue() == Status.LEARNING)
                    .filter(e -> e.getKey().kind() != ItemKind.PATH_ITEM).map(e -> e.getKey().slug())
                    .map(s -> kb.get(s).map(x -> x.title() + " (" + s + ")").orElse(s.value())).sorted().toList();
            out.print(ProgressText.frontier(Unlocks.frontier(kb, standing), started));
        }
        out.flush();
        return 0;
    }

    private static Slug slug(String text, String option) {
        if (!Slug.isValid(text)) {
            throw new UsageError(option + " '" + text + "' is not a slug: write it as in the address of its page");
        }
        return Slug.of(text);
    }
}
