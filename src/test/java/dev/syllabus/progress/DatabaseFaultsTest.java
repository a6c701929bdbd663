package dev.syllabus.progress;

import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database that cannot take a write says which database and what is wrong, and keeps what it had, whether its
 * connections are pooled (the server) or opened as asked (a command).
 */
class DatabaseFaultsTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Mark DONE = new Mark(Item.of(ItemKind.CONCEPT, Slug.of("attention")), Status.DONE, T0);
    private static final Mark OTHER = new Mark(Item.of(ItemKind.CONCEPT, Slug.of("softmax")), Status.DONE, T0);

    @TempDir
    Path folder;

    private DatabaseAddress address() {
        return DatabaseAddress.sqlite(folder.resolve("progress.db"));
    }

    private void seedOneMark() {
        try (Database db = Database.open(address())) {
            new JdbcProgressStore(db).mark(LearnerId.LOCAL, DONE);
        }
    }

    private Progress progressNow() {
        try (Database db = Database.open(address())) {
            return new JdbcProgressStore(db).progress(LearnerId.LOCAL);
        }
    }

    @ParameterizedTest(name = "pooled: {0}")
    @ValueSource(booleans = {true, false})
    void aDatabaseLockedByAnotherWriterIsReportedAsLocked(boolean pooled) throws Exception {
        seedOneMark();
        try (Connection other = DriverManager.getConnection(address().jdbcUrl()); Statement s = other.createStatement();
             Database db = Database.open(address(), Map.of("busy_timeout", "200"), pooled)) {
            s.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> new JdbcProgressStore(db).mark(LearnerId.LOCAL, OTHER)).isInstanceOf(StoreFailure.class)
                    .hasMessageContaining(address().display()).hasMessageContaining("is locked by another program")
                    .hasMessageContaining("nothing was changed");
            s.execute("ROLLBACK");
        }
        assertThat(progressNow().marks()).containsExactly(DONE);
    }

    @Test
    void aReadOnlyDatabaseIsReportedAsReadOnly() {
        seedOneMark();
        // As root, file permissions do not stop writes; SQLite's query_only gives the same error a read-only file does.
        try (Database db = Database.open(address(), Map.of(Database.INIT_SQL, "PRAGMA query_only = true"))) {
            ProgressStore store = new JdbcProgressStore(db);
            assertThat(store.progress(LearnerId.LOCAL).marks()).containsExactly(DONE);
            assertThatThrownBy(() -> store.mark(LearnerId.LOCAL, OTHER)).isInstanceOf(StoreFailure.class)
                    .hasMessageContaining(address().display()).hasMessageContaining("is read-only");
        }
        assertThat(progressNow().marks()).containsExactly(DONE);
    }

    @ParameterizedTest(name = "pooled: {0}")
    @ValueSource(booleans = {true, false})
    void aFullDatabaseIsReportedAsFullAndKeepsItsProgress(boolean pooled) {
        seedOneMark();
        try (Database db = Database.open(address(), Map.of("max_page_count", "1"), pooled)) {
            ProgressStore store = new JdbcProgressStore(db);
            String big = "x".repeat(Note.MAX_CHARS);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 200; i++) {
                    store.note(LearnerId.LOCAL, new Note(Slug.of("concept-" + i), big, T0));
                }
            }).isInstanceOf(StoreFailure.class).hasMessageContaining(address().display()).hasMessageContaining("is full");
        }
        assertThat(progressNow().marks()).containsExactly(DONE);
    }

    @ParameterizedTest(name = "pooled: {0}")
    @ValueSource(booleans = {true, false})
    void aDatabaseOfANewerSchemaIsRefusedUntouched(boolean pooled) throws Exception {
        seedOneMark();
        try (Connection c = DriverManager.getConnection(address().jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', '2030-01-01 00:00:00', 1, 1)");
        }
        assertThatThrownBy(() -> Database.open(address(), Map.of(), pooled)).isInstanceOf(StoreFailure.class)
                .hasMessageContaining(address().display()).hasMessageContaining("schema version 99")
                .hasMessageContaining("upgrade Syllabus");
        try (Connection c = DriverManager.getConnection(address().jdbcUrl()); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT COUNT(*) FROM mark").getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedWithItsPath() {
        seedOneMark();
        Path underAFile = folder.resolve("progress.db").resolve("inner.db");
        assertThatThrownBy(() -> Database.open(DatabaseAddress.sqlite(underAFile))).isInstanceOf(StoreFailure.class)
                .hasMessageContaining(underAFile.toString());
    }
}
