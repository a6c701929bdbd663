package dev.syllabus.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of writes loses nothing that was acknowledged: a child process writes marks and
 * acknowledges each after its commit returns; it is killed at a random acknowledgement (fixed seed), 25 times over,
 * and after each kill every acknowledged mark is in the database, which still opens.
 */
class KillDuringWritesIT {
    private static final int KILLS = 25;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        Path file = folder.resolve("progress.db");
        Random random = new Random(12);
        int next = 1;
        for (int kill = 0; kill < KILLS; kill++) {
            int killAfter = 1 + random.nextInt(40);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AcknowledgingWriter.class.getName(), file.toString(),
                    Integer.toString(next)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int lastAck = next - 1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (int acks = 0; acks < killAfter; acks++) {
                    String line = out.readLine();
                    assertThat(line).as("acknowledgement from the writer (run %d)", kill).startsWith("ack ");
                    lastAck = Integer.parseInt(line.substring(4));
                }
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no closing of the database
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            try (Database db = Database.open(DatabaseAddress.sqlite(file))) {
                Map<Item, Status> marks = new JdbcProgressStore(db).progress(LearnerId.LOCAL).byItem();
                for (int n = 1; n <= lastAck; n++) {
                    assertThat(marks).as("mark %d, acknowledged before kill %d", n, kill)
                            .containsEntry(AcknowledgingWriter.item(n), Status.DONE);
                }
                next = marks.size() + 1;
            }
        }
    }
}
