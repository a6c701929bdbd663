package dev.syllabus.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A folder of files that can be rebuilt from the content at any time, named by a key: what a command computed from
 * the content once, for the next run to reuse. A missing, unreadable or unwritable cache only costs time, so nothing
 * here ever fails a command; each file appears whole (written aside, then renamed), and the oldest are removed beyond
 * a few of each kind, so the folder stays small however often the content changes.
 */
public final class CacheDirectory {
    /** Files kept of each kind (the prefix before the key): a few content versions a curator switches between. */
    static final int KEPT_PER_KIND = 6;
    /** "SYC1": a cache file of this layout (magic, CRC-32C of the rest, the rest). */
    private static final int MAGIC = 0x53594331;
    private static final int HEADER = 8;
    private static final String TEMP_PREFIX = ".writing-";

    private final Optional<Path> folder;

    private CacheDirectory(Optional<Path> folder) {
        this.folder = folder;
    }

    /** A cache in {@code folder}, created when first written. */
    public static CacheDirectory at(Path folder) {
        return new CacheDirectory(Optional.of(folder));
    }

    /** No cache: every read misses and every write is dropped. */
    public static CacheDirectory none() {
        return new CacheDirectory(Optional.empty());
    }

    /**
     * The user's cache: {@code $SYLLABUS_CACHE_DIR}, else {@code $XDG_CACHE_HOME/syllabus}, else {@code
     * ~/.cache/syllabus}; none when {@code SYLLABUS_CACHE_DIR} is {@code off}.
     */
    public static CacheDirectory ofUser(Map<String, String> env) {
        try {
            CacheDirectory chosen = chosen(env);
            // A relative folder would move with the working directory (Java's user.home is "?" for a user without a
            // passwd entry): no cache rather than one in whatever folder a command runs from.
            return chosen.folder.filter(Path::isAbsolute).isPresent() ? chosen : none();
        } catch (InvalidPathException e) {
            return none();
        }
    }

    private static CacheDirectory chosen(Map<String, String> env) {
        String own = env.get("SYLLABUS_CACHE_DIR");
        if ("off".equals(own)) {
            return none();
        }
        if (own != null && !own.isBlank()) {
            return at(Path.of(own));
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return at(Path.of(xdg, "syllabus"));
        }
        String home = System.getProperty("user.home");
        return home == null ? none() : at(Path.of(home, ".cache", "syllabus"));
    }

    /** Two caches are the same when they keep their files in the same folder (or both keep none). */
    @Override
    public boolean equals(Object o) {
        return o instanceof CacheDirectory other && folder.equals(other.folder);
    }

    @Override
    public int hashCode() {
        return folder.hashCode();
    }

    /** Whether anything is kept: false for {@link #none()}, so callers can skip computing what they would store. */
    public boolean enabled() {
        return folder.isPresent();
    }

    /** A folder inside the cache for files kept as they are (a native library), or empty when there is no cache. */
    public Optional<Path> subfolder(String name) {
        return folder.map(f -> f.resolve(name));
    }

    /** Whether something is stored under {@code kind} and {@code key} (it may still turn out damaged when read). */
    public boolean holds(String kind, String key) {
        return folder.isPresent() && Files.isRegularFile(folder.get().resolve(name(kind, key)));
    }

    /** The bytes stored under {@code kind} and {@code key}, if there are any. */
    public Optional<byte[]> read(String kind, String key) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.get().resolve(name(kind, key));
        try {
            return Files.isRegularFile(file) ? checked(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            // read again from the content; logging is not set up for this, since it costs a tenth of a second at start
            return Optional.empty();
        }
    }

    /** Stores {@code bytes} under {@code kind} and {@code key}, whole or not at all, and drops old files of the kind. */
    public void write(String kind, String key, byte[] bytes) {
        if (folder.isEmpty()) {
            return;
        }
        Path dir = folder.get();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, TEMP_PREFIX, ".tmp");
            Files.write(temp, ByteBuffer.allocate(HEADER + bytes.length).putInt(MAGIC).putInt(crc(bytes, 0))
                    .put(bytes).array());
            Path target = dir.resolve(name(kind, key));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune(dir, kind);
        } catch (IOException | RuntimeException e) {
            // not cached: the next run computes it again
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file the next prune of its kind does not see: harmless, and the cache is optional
                }
            }
        }
    }

    // A file cut short or changed on disk is a miss, not a wrong answer: a changed byte inside an index would give
    // wrong hits without any error.
    private static Optional<byte[]> checked(byte[] file) {
        if (file.length < HEADER) {
            return Optional.empty();
        }
        ByteBuffer header = ByteBuffer.wrap(file, 0, HEADER);
        if (header.getInt() != MAGIC || header.getInt() != crc(file, HEADER)) {
            return Optional.empty();
        }
        return Optional.of(java.util.Arrays.copyOfRange(file, HEADER, file.length));
    }

    private static int crc(byte[] bytes, int from) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, bytes.length - from);
        return (int) crc.getValue();
    }

    private static String name(String kind, String key) {
        return kind + "-" + key + ".bin";
    }

    private static void prune(Path dir, String kind) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(f -> f.getFileName().toString().startsWith(kind + "-"))
                    .sorted(Comparator.comparing(CacheDirectory::modified).reversed()).toList();
        }
        for (Path old : files.subList(Math.min(KEPT_PER_KIND, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
        // A process killed while writing leaves its temporary file; one an hour old is no longer being written.
        FileTime stale = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        try (Stream<Path> listed = Files.list(dir)) {
            for (Path temp : listed.filter(f -> f.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                if (modified(temp).compareTo(stale) < 0) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
