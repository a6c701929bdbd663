package dev.syllabus.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} at any moment of an import's write leaves the content directory with exactly its old files or
 * exactly its new ones once the next import has recovered it, and no staging behind. A child process runs the import
 * and is killed at a step of one phase chosen at random (fixed seed), 24 times in every phase.
 */
class ImportKillIT {
    private static final int KILLS_PER_PHASE = 24;

    @TempDir
    Path folder;

    @Test
    void aKilledImportLeavesTheOldOrTheNewContentInEveryPhase() throws Exception {
        Path root = folder.resolve("content");
        ContentTrees.copy(InterruptedImport.FIXTURE, root);
        Map<String, String> before = ContentTrees.snapshot(root);
        Map<String, String> after = new HashMap<>(before);
        after.putAll(InterruptedImport.files(root));
        Map<ImportJournal.Phase, Integer> steps = InterruptedImport.steps(root);
        assertThat(ContentTrees.snapshot(root)).as("the import run through once").isEqualTo(after);

        Random random = new Random(17);
        List<String> outcomes = new ArrayList<>();
        for (ImportJournal.Phase phase : ImportJournal.Phase.values()) {
            assertThat(steps.getOrDefault(phase, 0)).as("steps of %s", phase).isPositive();
            for (int kill = 0; kill < KILLS_PER_PHASE; kill++) {
                reset(root);
                int at = random.nextInt(steps.get(phase));
                killAt(root, phase, at);

                Importer.recover(root);

                Map<String, String> now = ContentTrees.snapshot(root);
                assertThat(now).as("content after a kill at step %d of %s", at, phase).isIn(before, after);
                assertThat(ContentTrees.entries(folder)).as("staging after a kill at step %d of %s", at, phase)
                        .noneMatch(e -> e.contains(".syllabus-import-"));
                outcomes.add(phase + (now.equals(after) ? " new" : " old"));
            }
        }
        // Before the commit point the import is rolled back, after it the import is completed.
        assertThat(outcomes).filteredOn(o -> o.startsWith("STAGE") || o.startsWith("VALIDATE")).allMatch(o -> o.endsWith("old"));
        assertThat(outcomes).filteredOn(o -> o.startsWith("MOVE") || o.startsWith("CLEANUP")).allMatch(o -> o.endsWith("new"));
    }

    private void reset(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).toList()) {
                Files.delete(p);
            }
        }
        ContentTrees.copy(InterruptedImport.FIXTURE, root);
    }

    private static void killAt(Path root, ImportJournal.Phase phase, int at) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                InterruptedImport.class.getName(), root.toString(), phase.name(), Integer.toString(at))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("the child reaching step %d of %s", at, phase).isEqualTo("at " + phase + " " + at);
            child.destroyForcibly(); // SIGKILL on Linux: no finally blocks, no shutdown hooks
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
