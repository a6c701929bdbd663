package dev.syllabus.progress;

import java.util.Map;

/** Progress databases for tests in other packages, including broken ones that the store's own settings can make. */
public final class TestDatabases {
    private TestDatabases() {
    }

    /**
     * The database at {@code address}, migrated first, then reopened so that every write fails as on a read-only file
     * (as root, file permissions stop nothing; SQLite's query_only gives the same error).
     */
    public static Database readOnly(DatabaseAddress address) {
        Database.open(address).close();
        return Database.open(address, Map.of(Database.INIT_SQL, "PRAGMA query_only = true"));
    }
}
