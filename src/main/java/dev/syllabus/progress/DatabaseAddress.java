package dev.syllabus.progress;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which database holds progress: an SQLite file (the single-user default) or a PostgreSQL server given as
 * {@code postgresql://user:password@host:port/database}. {@code display} names it in messages, without a password.
 */
public record DatabaseAddress(Dialect dialect, String jdbcUrl, Optional<Path> file, Optional<String> user,
                              Optional<String> password, String display) {
    /** The environment variable that overrides the default database. */
    public static final String ENV = "SYLLABUS_DATABASE";

    /**
     * The database a command uses: the option if given, else {@value #ENV}, else {@code progress.db} in the XDG data
     * directory ({@code $XDG_DATA_HOME/syllabus}, or {@code ~/.local/share/syllabus}).
     */
    public static DatabaseAddress resolve(Optional<String> option, Map<String, String> env) {
        Optional<String> given = option.or(() -> Optional.ofNullable(env.get(ENV))).filter(s -> !s.isBlank());
        if (given.isPresent()) {
            return parse(given.get());
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return sqlite(data.resolve("syllabus").resolve("progress.db"));
    }

    public static DatabaseAddress sqlite(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return new DatabaseAddress(Dialect.SQLITE, "jdbc:sqlite:" + abs, Optional.of(abs), Optional.empty(),
                Optional.empty(), abs.toString());
    }

    /**
     * Reads an address as written on the command line.
     *
     * @throws IllegalArgumentException when it is neither a file path nor a PostgreSQL address, saying what to write
     */
    public static DatabaseAddress parse(String text) {
        String t = text.strip();
        if (t.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(t.substring("jdbc:sqlite:".length())));
        }
        if (t.startsWith("jdbc:postgresql:")) {
            return new DatabaseAddress(Dialect.POSTGRESQL, t, Optional.empty(), Optional.empty(), Optional.empty(),
                    t.replaceAll("password=[^&]*", "password=***"));
        }
        if (t.startsWith("postgresql://") || t.startsWith("postgres://")) {
            return postgres(t);
        }
        if (t.contains("://")) {
            throw new IllegalArgumentException("database '" + t + "' is neither a file nor a PostgreSQL address: write a "
                    + "file path such as ~/progress.db, or postgresql://user:password@host:5432/database");
        }
        return sqlite(Path.of(t));
    }

    private static DatabaseAddress postgres(String t) {
        URI uri;
        try {
            uri = URI.create(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("database address '" + t + "' is not a valid address: write "
                    + "postgresql://user:password@host:5432/database (percent-encode special characters in the password)");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("database address '" + t + "' needs a host and a database name: write "
                    + "postgresql://user:password@host:5432/database");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String display = "postgresql://" + user.map(u -> u + "@").orElse("") + hostPort + uri.getPath();
        return new DatabaseAddress(Dialect.POSTGRESQL, "jdbc:postgresql://" + hostPort + uri.getRawPath() + query,
                Optional.empty(), user, password, display);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return display;
    }
}
