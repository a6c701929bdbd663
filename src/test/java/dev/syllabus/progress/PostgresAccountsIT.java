package dev.syllabus.progress;

/** The accounts' contract on a real PostgreSQL server, as a team server uses it. */
class PostgresAccountsIT extends AccountsContract {
    @Override
    Database openEmpty() {
        return Database.open(Postgres.freshDatabase());
    }
}
