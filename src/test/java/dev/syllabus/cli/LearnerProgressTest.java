package dev.syllabus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines start preparing SQLite before picocli has parsed them. */
class LearnerProgressTest {
    @TempDir
    Path dir;

    private Map<String, String> withDefault(boolean present) throws IOException {
        Path data = dir.resolve(present ? "with" : "without");
        if (present) {
            Files.createDirectories(data.resolve("syllabus"));
            Files.writeString(data.resolve("syllabus/progress.db"), "");
        }
        return Map.of("XDG_DATA_HOME", data.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan --goal dpo", "path lightweight", "next", "plan --goal dpo --known attention"})
    void aPlanningCommandPreparesWhenTheDefaultDatabaseIsThere(String line) throws IOException {
        assertThat(LearnerProgress.opensSqlite(withDefault(true), line.split(" "))).isTrue();
        assertThat(LearnerProgress.opensSqlite(withDefault(false), line.split(" "))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan --goal dpo --ignore-progress", "plan --help", "plan -h", "path --version",
            "plan @args.txt", "search rope", "validate", "serve --no-progress",
            "plan --goal dpo --database postgresql://u:p@localhost:5432/syllabus"})
    void otherCommandLinesPrepareNothing(String line) throws IOException {
        assertThat(LearnerProgress.opensSqlite(withDefault(true), line.split(" "))).isFalse();
    }

    @Test
    void aNamedSqliteFileIsPreparedForAndServeAlwaysIs() throws IOException {
        Map<String, String> none = withDefault(false);
        assertThat(LearnerProgress.opensSqlite(none, "plan", "--goal", "dpo", "--database", dir.resolve("p.db").toString())).isTrue();
        assertThat(LearnerProgress.opensSqlite(none, "next", "--database=" + dir.resolve("p.db"))).isTrue();
        assertThat(LearnerProgress.opensSqlite(none, "serve", "--port", "0")).isTrue();
        assertThat(LearnerProgress.opensSqlite(Map.of("SYLLABUS_DATABASE", "postgresql://u:p@db:5432/s"), "serve")).isFalse();
    }

    @Test
    void noArgumentsPrepareNothing() {
        assertThat(LearnerProgress.opensSqlite(Map.of())).isFalse();
    }
}
