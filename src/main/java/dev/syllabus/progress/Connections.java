package dev.syllabus.progress;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Where a database's connections come from: a pool (HikariCP) for the server, which serves many requests; for one
 * short command on SQLite, the driver's own data source, a connection opened for each unit of work, since starting a
 * pool (its first connection checked, a random id made, proxy classes generated) took a fifth of a plan's start-up.
 */
final class Connections implements AutoCloseable {
    private final DataSource source;
    /** The pool when there is one, to be closed with these connections; null for SQLite's data source. */
    private final HikariDataSource pool;

    private Connections(DataSource source, HikariDataSource pool) {
        this.source = source;
        this.pool = pool;
    }

    /**
     * A pool, or when {@code pooled} is false and the database is SQLite, its data source with one connection opened
     * and closed at once, so that a file that cannot be opened fails here as a pool's first connection would.
     * {@code settings} are the tests' extra driver settings; {@value Database#INIT_SQL} is a statement run on every new
     * connection, which only a pool runs.
     */
    static Connections open(DatabaseAddress address, Map<String, String> settings, boolean pooled) throws SQLException {
        Properties p = properties(address, settings);
        if (!pooled && address.dialect() == Dialect.SQLITE && !settings.containsKey(Database.INIT_SQL)) {
            DataSource sqlite = sqlite(address, p);
            try (Connection first = sqlite.getConnection()) {
                return new Connections(sqlite, null);
            }
        }
        HikariConfig c = new HikariConfig();
        c.setPoolName("progress");
        c.setInitializationFailTimeout(1);
        c.setConnectionTimeout(10_000);
        if (settings.containsKey(Database.INIT_SQL)) {
            c.setConnectionInitSql(settings.get(Database.INIT_SQL));
        }
        if (address.dialect() == Dialect.SQLITE) {
            // The driver's own data source, not a JDBC address: DriverManager would first load every driver on the
            // class path (PostgreSQL's among them), 10 ms of a plan's start-up.
            c.setDataSource(sqlite(address, p));
            // WAL lets readers run beside the one writer; more connections would only queue on the write lock.
            c.setMaximumPoolSize(4);
        } else {
            c.setJdbcUrl(address.jdbcUrl());
            c.setDataSourceProperties(p);
            c.setMaximumPoolSize(10);
        }
        HikariDataSource pool = new HikariDataSource(c);
        return new Connections(pool, pool);
    }

    private static Properties properties(DatabaseAddress address, Map<String, String> settings) {
        Properties p = new Properties();
        if (address.dialect() == Dialect.SQLITE) {
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
            p.setProperty("busy_timeout", Integer.toString(Database.BUSY_TIMEOUT_MILLIS));
            p.setProperty("foreign_keys", "true");
        } else {
            address.user().ifPresent(u -> p.setProperty("user", u));
            address.password().ifPresent(pw -> p.setProperty("password", pw));
            p.setProperty("ApplicationName", "syllabus");
        }
        settings.forEach((k, v) -> {
            if (!k.equals(Database.INIT_SQL)) {
                p.setProperty(k, v);
            }
        });
        return p;
    }

    private static DataSource sqlite(DatabaseAddress address, Properties p) {
        SQLiteDataSource source = new SQLiteDataSource(new SQLiteConfig(p));
        source.setUrl(address.jdbcUrl());
        return source;
    }

    DataSource source() {
        return source;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
