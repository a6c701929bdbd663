package dev.syllabus.progress;

/** The sessions' contract on a real PostgreSQL server, where several instances of a team server share them. */
class PostgresSessionsIT extends SessionsContract {
    @Override
    Database openEmpty() {
        return Database.open(Postgres.freshDatabase());
    }
}
