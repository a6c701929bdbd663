package dev.syllabus.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    @Test
    void theLatestVersionIsTheNewestMigrationShipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/progress"))) {
            int newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(Migrations.LATEST).isEqualTo(String.valueOf(newest));
        }
    }

    @Test
    void aCurrentDatabaseOpensAgainWithItsHistoryUnchanged() {
        DatabaseAddress address = DatabaseAddress.sqlite(dir.resolve("p.db"));
        Database.open(address).close();
        try (Database db = Database.open(address)) {
            int rows = db.read(c -> rows(c.createStatement()), "counting");
            assertThat(rows).isEqualTo(1);
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsStillRefused() {
        DatabaseAddress address = DatabaseAddress.sqlite(dir.resolve("p.db"));
        try (Database db = Database.open(address)) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("UPDATE flyway_schema_history SET success = 0");
                }
                return null;
            }, "breaking it");
        }
        assertThatThrownBy(() -> Database.open(address)).hasMessageContaining("failed half-way");
    }

    private static int rows(Statement s) throws java.sql.SQLException {
        try (s; ResultSet r = s.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            r.next();
            return r.getInt(1);
        }
    }
}
