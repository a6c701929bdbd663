package dev.syllabus.progress;

/** The store's contract on a real PostgreSQL server, as a team server uses it. */
class PostgresStoreIT extends StoreContract {
    private DatabaseAddress address;

    @Override
    Database openEmpty() {
        address = Postgres.freshDatabase();
        return Database.open(address);
    }

    @Override
    Database reopen() {
        return Database.open(address);
    }
}
