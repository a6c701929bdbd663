package dev.syllabus.progress;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

import java.util.Arrays;
import java.util.Optional;

/**
 * Brings a database's schema to this version of Syllabus with Flyway: the migrations in {@code db/progress} are the same
 * for SQLite and PostgreSQL (plain types; times in epoch milliseconds). A database already migrated by a newer Syllabus
 * is refused before anything is written, since this version cannot know what its tables mean.
 */
final class Migrations {
    private static final String LOCATION = "classpath:db/progress";

    private Migrations() {
    }

    static void migrate(Database db) {
        Flyway flyway = Flyway.configure().dataSource(db.dataSource()).locations(LOCATION).loggers("slf4j").load();
        Optional<MigrationVersion> known = Arrays.stream(flyway.info().all()).filter(m -> m.getState().isResolved()).map(MigrationInfo::getVersion).max(MigrationVersion::compareTo);
        Optional<MigrationVersion> applied = Optional.ofNullable(flyway.info().current()).map(MigrationInfo::getVersion);
        if (applied.isPresent() && Arrays.stream(flyway.info().all()).anyMatch(m -> m.getState().isFailed())) {
            throw new StoreFailure("progress database " + db.address() + " has a migration that failed half-way: restore "
                    + "it from a backup or an export");
        }
        if (applied.isPresent() && known.isPresent() && applied.get().compareTo(known.get()) > 0) {
            throw new StoreFailure("progress database " + db.address() + " has schema version " + applied.get()
                    + ", newer than this Syllabus knows (" + known.get() + "): upgrade Syllabus, or choose another "
                    + "database with --database; nothing was changed");
        }
        flyway.migrate();
    }
}
