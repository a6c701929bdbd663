package dev.syllabus.progress;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.Optional;

/** Turns a database error into a message that names the database, says what is wrong and what to do. */
final class Faults {
    private Faults() {
    }

    /** The failure for {@code error}, which happened while {@code doing} (e.g. "saving a mark"). */
    static StoreFailure of(Throwable error, DatabaseAddress db, String doing) {
        if (error instanceof StoreFailure f) {
            return f;
        }
        Optional<SQLException> sql = sqlCause(error);
        String what = sql.map(e -> explain(e, db)).orElseGet(() -> "failed: " + firstLine(error.getMessage()));
        return new StoreFailure("progress database " + db + " " + what + " (while " + doing + "); nothing was changed", error);
    }

    private static String explain(SQLException e, DatabaseAddress db) {
        if (e instanceof SQLiteException s) {
            return explain(s.getResultCode(), e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "cannot be reached: check that the server runs and the address is right (" + firstLine(e.getMessage()) + ")";
        }
        if (state.startsWith("28")) {
            return "refused the user name or password in the address";
        }
        return switch (state) {
            case "53100" -> "is full: its disk has no room left; free space on the server, then try again";
            case "25006" -> "is read-only: connect to a server that accepts writes (not a standby)";
            case "55P03", "57014", "40P01" -> "is locked by other work that did not finish in time: try again";
            case "3D000" -> "does not exist on the server: create it (createdb) or fix the name in the address";
            default -> "failed: " + firstLine(e.getMessage());
        };
    }

    private static String explain(SQLiteErrorCode code, SQLException e) {
        return switch (code.code & 0xff) {
            case 5, 6 -> "is locked by another program writing to it: wait for it to finish (or close it), then try again";
            case 8 -> "is read-only: make the file and its folder writable, or choose another with --database";
            case 13 -> "is full: the disk holding it has no room left; free some space, then try again";
            case 14 -> "cannot be opened: check that its folder exists and is writable";
            case 11, 26 -> "is damaged or not a Syllabus progress database: restore it from an export or choose another "
                    + "file with --database";
            default -> "failed: " + firstLine(e.getMessage());
        };
    }

    private static Optional<SQLException> sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail given";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
