package dev.syllabus.progress;

import com.zaxxer.hikari.HikariConfig;
import dev.syllabus.cache.CacheDirectory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * An open progress database: its connections (pooled for the server), the schema migrated to this version of
 * Syllabus, and transactions that either commit whole or roll back. SQLite runs in WAL mode with a busy timeout and
 * begins every write with {@code BEGIN IMMEDIATE}, so two writers queue instead of failing halfway;
 * {@code synchronous=FULL} makes a commit that returned survive a crash.
 */
public final class Database implements AutoCloseable {
    /** How long an SQLite writer waits for another before reporting the database locked. */
    static final int BUSY_TIMEOUT_MILLIS = 5_000;
    static final String INIT_SQL = "init_sql";

    /** Work done on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DatabaseAddress address;
    private final Connections connections;

    private Database(DatabaseAddress address, Connections connections) {
        this.address = address;
        this.connections = connections;
    }

    /**
     * Opens (creating it if needed) and migrates the database, with a pool of connections, for the server.
     *
     * @throws StoreFailure when it cannot be opened or written, or its schema is newer than this Syllabus knows
     */
    public static Database open(DatabaseAddress address) {
        return open(address, Map.of(), true);
    }

    /**
     * As {@link #open(DatabaseAddress)}, for one short command: an SQLite database opens a connection for each unit of
     * work instead of starting a pool.
     */
    public static Database openForCommand(DatabaseAddress address) {
        return open(address, Map.of(), false);
    }

    /**
     * As {@link #open(DatabaseAddress)}, with extra driver settings (tests use them to provoke faults); the setting
     * {@value #INIT_SQL} is instead a statement run on every new connection.
     */
    static Database open(DatabaseAddress address, Map<String, String> driverSettings) {
        return open(address, driverSettings, true);
    }

    static Database open(DatabaseAddress address, Map<String, String> driverSettings, boolean pooled) {
        address.file().ifPresent(f -> createFolder(f, address));
        if (address.dialect() == Dialect.SQLITE) {
            useCachedLibrary();
        }
        Connections connections;
        try {
            connections = Connections.open(address, driverSettings, pooled);
        } catch (SQLException | RuntimeException e) {
            throw Faults.of(e, address, "opening it");
        }
        Database db = new Database(address, connections);
        try {
            Migrations.migrate(db);
            if (!db.read(Sql::hasLocalLearner, "preparing it")) {
                db.write(c -> {
                    Sql.ensureLocalLearner(c);
                    return null;
                }, "preparing it");
            }
        } catch (RuntimeException e) {
            connections.close();
            throw Faults.of(e, address, "preparing it");
        }
        return db;
    }

    /**
     * Starts, on a daemon thread, what opening any SQLite database begins with: logging (the driver logs through SLF4J),
     * the native library and the driver's date formats, two thirds of opening one at start-up (async-profiler); with
     * {@code pooled}, the pool's classes too. A command about to open a database starts it before picocli parses its
     * arguments. No database is read or written (the native library is kept in the cache folder, as opening one does);
     * what fails here fails again, and is reported, when the database is opened.
     */
    public static void prepareInBackground(boolean pooled) {
        Thread thread = new Thread(() -> {
            try {
                // In the order open needs them, so that it waits for what is under way rather than doing it again.
                new SQLiteConfig();
                useCachedLibrary();
                SQLiteJDBCLoader.initialize();
                if (pooled) {
                    new HikariConfig();
                }
            } catch (Exception | LinkageError e) {
                // Met again by Database.open, which reports it.
            }
        }, "syllabus-database-init");
        thread.setDaemon(true);
        thread.start();
    }

    /** SQLite's native library from the user's cache folder, extracted there once ({@link SqliteLibrary}). */
    private static void useCachedLibrary() {
        CacheDirectory.ofUser(System.getenv()).subfolder("native").ifPresent(SqliteLibrary::useFrom);
    }

    private static void createFolder(Path file, DatabaseAddress address) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreFailure("progress database " + address + " cannot be created: its folder " + file.getParent()
                    + " cannot be made (" + e.getMessage() + "); choose another place with --database", e);
        }
    }

    public DatabaseAddress address() {
        return address;
    }

    public Dialect dialect() {
        return address.dialect();
    }

    /** Reads in autocommit mode: one statement sees one consistent state. */
    public <T> T read(Work<T> work, String doing) {
        try (Connection c = connections.source().getConnection()) {
            return work.run(c);
        } catch (SQLException | RuntimeException e) {
            throw Faults.of(e, address, doing);
        }
    }

    /** Runs {@code work} in one write transaction, taking SQLite's write lock at its start; commits or rolls back. */
    public <T> T write(Work<T> work, String doing) {
        try (Connection c = connections.source().getConnection()) {
            begin(c);
            try {
                T result = work.run(c);
                commit(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (AccountRefused e) {
            // The caller's mistake, found inside the transaction: it rolled back, and the message is already right.
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw Faults.of(e, address, doing);
        }
    }

    private void begin(Connection c) throws SQLException {
        if (dialect() == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        } else {
            c.setAutoCommit(false);
        }
    }

    private void commit(Connection c) throws SQLException {
        if (dialect() == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
        } else {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private void rollback(Connection c) {
        try {
            if (dialect() == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
            } else {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // No transaction was open, or it went with the connection: the original error is the one to report.
        }
    }

    /** Where connections come from, for Flyway, which opens its own. */
    javax.sql.DataSource dataSource() {
        return connections.source();
    }

    @Override
    public void close() {
        connections.close();
    }
}
