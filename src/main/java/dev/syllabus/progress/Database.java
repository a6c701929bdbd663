package dev.syllabus.progress;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.syllabus.cache.CacheDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * An open progress database: a connection pool, the schema migrated to this version of Syllabus, and transactions
 * that either commit whole or roll back. SQLite runs in WAL mode with a busy timeout and begins every write with
 * {@code BEGIN IMMEDIATE}, so two writers queue instead of failing halfway; {@code synchronous=FULL} makes a commit
 * that returned survive a crash.
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
    private final HikariDataSource pool;

    private Database(DatabaseAddress address, HikariDataSource pool) {
        this.address = address;
        this.pool = pool;
    }

    /**
     * Opens (creating it if needed) and migrates the database.
     *
     * @throws StoreFailure when it cannot be opened or written, or its schema is newer than this Syllabus knows
     */
    public static Database open(DatabaseAddress address) {
        return open(address, Map.of());
    }

    /**
     * As {@link #open(DatabaseAddress)}, with extra driver settings (tests use them to provoke faults); the setting
     * {@value #INIT_SQL} is instead a statement run on every new connection.
     */
    static Database open(DatabaseAddress address, Map<String, String> driverSettings) {
        address.file().ifPresent(f -> createFolder(f, address));
        if (address.dialect() == Dialect.SQLITE) {
            CacheDirectory.ofUser(System.getenv()).subfolder("native").ifPresent(SqliteLibrary::useFrom);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(address, driverSettings));
        } catch (RuntimeException e) {
            throw Faults.of(e, address, "opening it");
        }
        Database db = new Database(address, pool);
        try {
            Migrations.migrate(db);
            if (!db.read(Sql::hasLocalLearner, "preparing it")) {
                db.write(c -> {
                    Sql.ensureLocalLearner(c);
                    return null;
                }, "preparing it");
            }
        } catch (RuntimeException e) {
            pool.close();
            throw Faults.of(e, address, "preparing it");
        }
        return db;
    }

    private static HikariConfig config(DatabaseAddress address, Map<String, String> settings) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(address.jdbcUrl());
        c.setPoolName("progress");
        c.setInitializationFailTimeout(1);
        c.setConnectionTimeout(10_000);
        Properties p = new Properties();
        if (address.dialect() == Dialect.SQLITE) {
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
            p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
            p.setProperty("foreign_keys", "true");
            // WAL lets readers run beside the one writer; more connections would only queue on the write lock.
            c.setMaximumPoolSize(4);
        } else {
            address.user().ifPresent(u -> p.setProperty("user", u));
            address.password().ifPresent(pw -> p.setProperty("password", pw));
            p.setProperty("ApplicationName", "syllabus");
            c.setMaximumPoolSize(10);
        }
        settings.forEach((k, v) -> {
            if (k.equals(INIT_SQL)) {
                c.setConnectionInitSql(v);
            } else {
                p.setProperty(k, v);
            }
        });
        c.setDataSourceProperties(p);
        return c;
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
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException | RuntimeException e) {
            throw Faults.of(e, address, doing);
        }
    }

    /** Runs {@code work} in one write transaction, taking SQLite's write lock at its start; commits or rolls back. */
    public <T> T write(Work<T> work, String doing) {
        try (Connection c = pool.getConnection()) {
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

    /** The pool, for Flyway, which opens its own connections. */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
