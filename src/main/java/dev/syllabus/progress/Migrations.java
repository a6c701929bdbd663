package dev.syllabus.progress;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;

/**
 * Brings a database's schema to this version of Syllabus with Flyway: the migrations in {@code db/progress} are the same
 * for SQLite and PostgreSQL (plain types; times in epoch milliseconds). A database already migrated by a newer Syllabus
 * is refused before anything is written, since this version cannot know what its tables mean.
 */
final class Migrations {
    private static final String LOCATION = "classpath:db/progress";
    /** The version of the newest migration in {@code db/progress}; a test keeps the two equal. */
    static final String LATEST = "1";

    private Migrations() {
    }

    static void migrate(Database db) {
        if (current(db)) {
            return;
        }
        Flyway flyway = Flyway.configure().dataSource(db.dataSource()).locations(LOCATION).loggers("slf4j").load();
        MigrationInfoService info = flyway.info();
        Optional<MigrationVersion> known = Arrays.stream(info.all()).filter(m -> m.getState().isResolved()).map(MigrationInfo::getVersion).max(MigrationVersion::compareTo);
        Optional<MigrationVersion> applied = Optional.ofNullable(info.current()).map(MigrationInfo::getVersion);
        if (applied.isPresent() && Arrays.stream(info.all()).anyMatch(m -> m.getState().isFailed())) {
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

    /**
     * Whether every migration this version knows is applied, and none failed, read from Flyway's own history table:
     * Flyway's start (scanning for migrations, reading the table three ways) was most of a plan's start-up once a
     * progress database exists. Anything else, a missing table included, goes through Flyway.
     */
    private static boolean current(Database db) {
        try {
            return db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
                    boolean latest = false;
                    while (r.next()) {
                        if (!r.getBoolean(2) || MigrationVersion.fromVersion(r.getString(1)).compareTo(MigrationVersion.fromVersion(LATEST)) > 0) {
                            return false;
                        }
                        latest |= r.getString(1).equals(LATEST);
                    }
                    return latest;
                }
            }, "reading its schema version");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
