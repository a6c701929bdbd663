package dev.syllabus.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Results of earlier runs, so that a second run within the cache age asks no site again. Lives in one tab-separated file
 * (by default {@code $XDG_CACHE_HOME/syllabus/link-cache.tsv}). Only answers that do not change from one minute to the
 * next are kept: never a 429, a 408, a 5xx or a failure to connect.
 */
public final class ResultCache {
    private final Optional<Path> file;
    private final Duration maxAge;
    private final Map<String, Outcome> entries = new ConcurrentHashMap<>();

    private ResultCache(Optional<Path> file, Duration maxAge) {
        this.file = file;
        this.maxAge = maxAge;
    }

    /** A cache that remembers nothing: {@code --no-cache}. */
    public static ResultCache none() {
        return new ResultCache(Optional.empty(), Duration.ZERO);
    }

    /** The cache in {@code file}, answering with results younger than {@code maxAge}; a missing or damaged file is empty. */
    public static ResultCache in(Path file, Duration maxAge) {
        ResultCache cache = new ResultCache(Optional.of(file), maxAge);
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    CacheLine.parse(line).ifPresent(o -> cache.entries.put(o.address(), o));
                }
            } catch (IOException | UncheckedIOException e) {
                // A cache that cannot be read costs requests, never a wrong verdict: start afresh.
                cache.entries.clear();
            }
        }
        return cache;
    }

    /** The default place: {@code $XDG_CACHE_HOME/syllabus}, else {@code ~/.cache/syllabus}. */
    public static Path defaultFile() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("syllabus").resolve("link-cache.tsv");
    }

    Optional<Outcome> fresh(String address, Instant now) {
        Outcome o = entries.get(address);
        if (o == null || maxAge.isZero() || o.checked().plus(maxAge).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(o.fromCache());
    }

    void record(Outcome o) {
        if (file.isPresent() && !o.cached() && cacheable(o)) {
            entries.put(o.address(), o);
        }
    }

    static boolean cacheable(Outcome o) {
        if (o.verdict() == Verdict.MALFORMED || o.verdict() == Verdict.SKIPPED || o.address().startsWith("file:")) {
            return false;
        }
        return o.code() >= 200 && o.code() < 500 && o.code() != 429 && o.code() != 408;
    }

    /** Writes the cache beside itself and moves it into place, so a run cut short never leaves half a file. */
    public void save() {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        List<String> lines = new ArrayList<>();
        new TreeMap<>(entries).values().forEach(o -> lines.add(CacheLine.format(o)));
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".link-cache", ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the link cache " + target + ": " + e.getMessage()
                    + " (use --no-cache or --cache-file FILE)", e);
        }
    }
}
