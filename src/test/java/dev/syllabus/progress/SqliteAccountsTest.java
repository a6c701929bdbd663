package dev.syllabus.progress;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The accounts' contract on the embedded SQLite database. */
class SqliteAccountsTest extends AccountsContract {
    @TempDir
    Path folder;

    @Override
    Database openEmpty() {
        return Database.open(DatabaseAddress.sqlite(folder.resolve("progress.db")));
    }
}
