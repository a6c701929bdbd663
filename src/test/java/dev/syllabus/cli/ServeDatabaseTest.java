package dev.syllabus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} opens the progress database before it listens: one it cannot open stops it, named, with exit 1. */
class ServeDatabaseTest {
    @Test
    void aDatabaseThatCannotBeCreatedStopsTheServerNamingIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Path db = file.resolve("progress.db");
        CliRun run = syllabus("serve", "--port", "0", "--content", CliRun.FIXTURE.toString(), "--database", db.toString());
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(1);
        assertThat(run.err()).contains("progress database " + db.toAbsolutePath()).contains("cannot be created");
        run.hasNoStackTrace();
    }

    @Test
    void accountsWithoutProgressIsAUsageError() {
        syllabus("serve", "--port", "0", "--content", CliRun.FIXTURE.toString(), "--accounts", "--no-progress")
                .isUsageError("--accounts", "--no-progress");
    }
}
