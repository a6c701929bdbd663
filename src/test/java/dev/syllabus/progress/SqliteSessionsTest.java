package dev.syllabus.progress;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The sessions' contract on the embedded SQLite database. */
class SqliteSessionsTest extends SessionsContract {
    @TempDir
    Path folder;

    @Override
    Database openEmpty() {
        return Database.open(DatabaseAddress.sqlite(folder.resolve("progress.db")));
    }
}
