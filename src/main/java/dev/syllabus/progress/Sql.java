package dev.syllabus.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Statements shared by the stores, written once in the SQL both SQLite and PostgreSQL accept. */
final class Sql {
    private Sql() {
    }

    /** The single-user learner exists in every database, so the CLI and a login-free server can write at once. */
    static void ensureLocalLearner(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO learner (id, name, password_hash, created_ms) "
                + "VALUES (?, ?, NULL, ?) ON CONFLICT (id) DO NOTHING")) {
            s.setString(1, LearnerId.LOCAL.value());
            s.setString(2, LearnerId.LOCAL.value());
            s.setLong(3, System.currentTimeMillis());
            s.executeUpdate();
        }
    }

    static boolean hasLocalLearner(Connection c) throws SQLException {
        try (PreparedStatement s = prepare(c, "SELECT 1 FROM learner WHERE id = ?", LearnerId.LOCAL.value());
             java.sql.ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }
}
