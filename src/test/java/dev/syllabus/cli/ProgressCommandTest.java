package dev.syllabus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.syllabus.cli.CliRun.FIXTURE;
import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code syllabus progress}: marks kept in a database of the learner's, shown, exported, imported and reset. */
class ProgressCommandTest {
    @TempDir
    Path folder;

    private CliRun progress(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "progress";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--content";
        all[args.length + 2] = FIXTURE.toString();
        all[args.length + 3] = "--database";
        all[args.length + 4] = folder.resolve("progress.db").toString();
        return syllabus(all);
    }

    @Test
    void aMarkShowsWithItsTitle() {
        progress("mark", "done", "self-attention").succeeds();
        assertThat(progress("show").succeeds().out()).contains("done", "concept:self-attention", "Self-attention");
    }

    @Test
    void aSegmentIsMarkedByItsNumber() {
        progress("mark", "learning", "attention-demo-video", "--part", "1", "--minutes", "20").succeeds();
        assertThat(progress("show").out()).contains("segment:attention-demo-video#1", "time logged: 20 min");
    }

    @Test
    void aSegmentNumberOutOfRangeSaysHowManyThereAre() {
        progress("mark", "done", "attention-demo-video", "--part", "99").isUsageError("segments; write 1 to");
    }

    @Test
    void anUnknownSlugSuggestsCloseOnes() {
        progress("mark", "done", "self-atention").isUsageError("not in the knowledge base", "self-attention");
    }

    @Test
    void anUnknownStatusListsTheStatuses() {
        progress("mark", "finished", "self-attention").isUsageError("learning, done, skipped, clear");
    }

    @Test
    void clearForgetsTheMark() {
        progress("mark", "done", "self-attention").succeeds();
        progress("mark", "clear", "self-attention").succeeds();
        assertThat(progress("show").out()).contains("nothing marked yet");
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesTheSameExport() throws Exception {
        progress("mark", "done", "self-attention").succeeds();
        progress("mark", "skipped", "nn-primer", "--minutes", "15").succeeds();
        Path file = folder.resolve("export.json");
        progress("export", file.toString()).succeeds();
        String before = Files.readString(file);
        progress("reset", "--yes").succeeds();
        progress("import", file.toString()).succeeds();
        assertThat(progress("export").succeeds().out()).isEqualTo(before);
    }

    @Test
    void anExportOfAnotherVersionIsRefusedAndNothingChanges() throws Exception {
        progress("mark", "done", "self-attention").succeeds();
        Path file = folder.resolve("future.json");
        Files.writeString(file, "{\"format\": \"syllabus-progress\", \"version\": 2, \"marks\": [], \"notes\": [], \"times\": []}");
        CliRun run = progress("import", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("future.json", "format version 2", "reads version 1", "nothing was imported");
        assertThat(progress("show").out()).contains("concept:self-attention");
    }

    @Test
    void anExportWithOneBadEntryImportsNothing() throws Exception {
        progress("mark", "done", "self-attention").succeeds();
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"syllabus-progress\", \"version\": 1, \"marks\": ["
                + "{\"kind\": \"concept\", \"slug\": \"neural-networks\", \"part\": \"\", \"status\": \"done\", \"at\": \"2026-11-01T10:00:00Z\"},"
                + "{\"kind\": \"concept\", \"slug\": \"x\", \"part\": \"\", \"status\": \"finished\", \"at\": \"2026-11-01T10:00:00Z\"}"
                + "], \"notes\": [], \"times\": []}");
        CliRun run = progress("import", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("/marks/1/status", "finished");
        assertThat(progress("show").out()).contains("concept:self-attention").doesNotContain("neural-networks");
    }

    @Test
    void resetWithoutYesRemovesNothing() {
        progress("mark", "done", "self-attention").succeeds();
        progress("reset").isUsageError("--yes");
        assertThat(progress("show").out()).contains("concept:self-attention");
    }

    @Test
    void aLockedOrBrokenDatabaseIsAFailureNamingIt() throws Exception {
        Path notADatabase = folder.resolve("progress.db");
        Files.writeString(notADatabase, "this is not an SQLite file, but text long enough to be read as a header....");
        CliRun run = progress("show");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(notADatabase.toString(), "not a Syllabus progress database");
        run.hasNoStackTrace();
    }
}
