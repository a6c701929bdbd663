package dev.syllabus.progress;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store's contract on the embedded SQLite database of the single-user default. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path folder;

    @Override
    Database openEmpty() {
        return Database.open(DatabaseAddress.sqlite(folder.resolve("progress.db")));
    }

    @Override
    Database reopen() {
        return openEmpty();
    }
}
