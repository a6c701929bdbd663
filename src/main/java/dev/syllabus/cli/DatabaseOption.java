package dev.syllabus.cli;

import dev.syllabus.progress.Database;
import dev.syllabus.progress.DatabaseAddress;
import picocli.CommandLine.Option;

import java.util.Optional;

/** The {@code --database} option of the commands that keep progress; without it the XDG default (see README). */
final class DatabaseOption {
    @Option(names = "--database", paramLabel = "FILE|URL", description = "Progress database: an SQLite file or "
            + "postgresql://user:password@host:port/db. Default: $" + DatabaseAddress.ENV + ", else "
            + "$XDG_DATA_HOME/syllabus/progress.db (~/.local/share/syllabus/progress.db).")
    String database;

    DatabaseAddress address() {
        try {
            return DatabaseAddress.resolve(Optional.ofNullable(database), System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageError("--database: " + e.getMessage());
        }
    }

    /** The database with a pool of connections, for the server. */
    Database open() {
        return Database.open(address());
    }

    /** The database for one short command, which opens a connection for each unit of work instead of a pool. */
    Database openForCommand() {
        return Database.openForCommand(address());
    }
}
