package dev.syllabus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.syllabus.cli.CliRun.FIXTURE;
import static dev.syllabus.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code plan}, {@code path} and {@code next} read the learner's progress: what is known or done leaves, and says so. */
class ResumeCommandsTest {
    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("progress.db");
    }

    private void mark(String status, String slug, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("progress", "mark", status, slug,
                "--content", FIXTURE.toString(), "--database", db().toString()));
        args.addAll(java.util.List.of(more));
        CliRun.syllabus(args.toArray(String[]::new)).succeeds();
    }

    @Test
    void aConceptMarkedDoneLeavesThePlanWithTheLearnersReason() {
        mark("done", "neural-networks");
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention", "--database", db()).succeeds();
        assertThat(r.out()).doesNotContain(". Neural networks").contains("Left out:", "neural-networks (Neural networks): You marked it done on");
    }

    @Test
    void ignoreProgressPlansAsIfNothingWereMarked() {
        mark("done", "neural-networks");
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention", "--database", db(), "--ignore-progress").succeeds();
        assertThat(r.out()).contains(" 1. Neural networks");
    }

    @Test
    void readingProgressThatDoesNotExistCreatesNoDatabase() {
        run("plan", "--content", FIXTURE, "--goal", "self-attention", "--database", db()).succeeds();
        assertThat(Files.exists(db())).isFalse();
    }

    @Test
    void aFinishedExplainerTakesItsConceptOutButNotThePrerequisites() {
        mark("done", "attention-demo-video");
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention", "--database", db()).succeeds();
        assertThat(r.out()).contains(" 1. Neural networks").doesNotContain(". Self-attention").doesNotContain("Covers Self-attention")
                .contains("self-attention (Self-attention): You finished");
    }

    @Test
    void thePathLeavesOutItsDoneItemsAndSaysHowFarTheLearnerIs() {
        mark("done", "nn-primer");
        CliRun r = run("path", "demo-path", "--content", FIXTURE, "--database", db()).succeeds();
        assertThat(r.out()).contains("Progress: 1 of 4 items done (25%)", "Left out as done:");
    }

    @Test
    void nextOnAPathIsItsFirstItemNotDone() {
        mark("done", "nn-primer");
        CliRun r = run("next", "--path", "demo-path", "--content", FIXTURE, "--database", db()).succeeds();
        assertThat(r.out()).contains("Next: ");
        assertThat(r.out()).doesNotContain("Next: Neural");
    }

    @Test
    void nextTowardsAGoalIsTheFirstStepLeft() {
        mark("done", "neural-networks");
        CliRun r = run("next", "--goal", "self-attention", "--content", FIXTURE, "--database", db()).succeeds();
        assertThat(r.out()).startsWith("Next for self-attention: Watch \"Attention, shown: a demo\"");
    }

    @Test
    void unlocksSaysWhichDependentsAreReady() {
        CliRun r = run("next", "--unlocks", "neural-networks", "--content", FIXTURE, "--database", db()).succeeds();
        assertThat(r.out()).contains("Knowing Neural networks unlocks:", "Attention mechanism (attention-mechanism): ready");
    }

    @Test
    void loggedTimesOnFinishedItemsSayHowFarTheEstimatesWereOff() {
        mark("done", "nn-primer", "--minutes", "200");
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention", "--database", db()).succeeds();
        assertThat(r.out()).contains("Over 1 item you logged 3h 20m against", "longer than estimated; plan with --study-pace");
    }

    @Test
    void twoQuestionsAtOnceAreAUsageError() {
        run("next", "--path", "demo-path", "--unlocks", "neural-networks", "--content", FIXTURE, "--database", db())
                .isUsageError("give one of --goal, --path or --unlocks");
    }
}
