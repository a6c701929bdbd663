package dev.syllabus.progress;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Keeps SQLite's native library in a folder of its own, extracted once: the driver otherwise copies it out of the jar
 * into the temporary folder under a fresh name on every start (a megabyte written, and left behind when the process is
 * killed), which was a fifth of a {@code plan}'s start-up when a progress database exists. Only a file and folder of
 * this user's, writable by no one else, are used; when anything fails, the driver's own way is.
 */
final class SqliteLibrary {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /** Points the driver at the library in {@code folder}, extracting it there first when it is not there yet. */
    static synchronized void useFrom(Path folder) {
        if (System.getProperty(PATH) != null) {
            return;
        }
        try {
            String platform = platform(folder);
            String library = System.mapLibraryName("sqlitejdbc");
            String resource = "/org/sqlite/native/" + platform + "/" + library;
            Path file = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + platform.replace('/', '-')
                    + "-" + library);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !extract(resource, folder, file)) {
                return;
            }
            if (!privateTo(folder) || !privateTo(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            System.setProperty(NAME, file.getFileName().toString());
            System.setProperty(PATH, folder.toString());
        } catch (IOException | RuntimeException e) {
            // the driver extracts the library itself, as it would have without this
        }
    }

    /**
     * The driver's name for this platform's library folder ("Linux/x86_64"), kept in {@code folder} for this Java
     * runtime: the driver finds it by listing the process's memory maps and starting {@code uname} (to tell musl and
     * Android apart), a fifth of opening a database at start-up (async-profiler). A runtime's own binary is built for
     * one C library and machine, so its home, version, size and time name the answer, with the driver's override of the
     * architecture. When the answer cannot be kept, it is found again next time.
     */
    static String platform(Path folder) throws IOException {
        Path jvm = Path.of(System.getProperty("java.home"), "lib", "server", System.mapLibraryName("jvm"));
        String runtime = String.join("|", System.getProperty("java.home"), System.getProperty("java.vm.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                String.valueOf(System.getProperty("org.sqlite.osinfo.architecture")),
                Files.exists(jvm) ? Files.size(jvm) + "@" + Files.getLastModifiedTime(jvm).toMillis() : "-");
        Path known = folder.resolve("platform-" + HexFormat.of().toHexDigits(runtime.hashCode()) + ".txt");
        if (Files.isRegularFile(known, LinkOption.NOFOLLOW_LINKS) && privateTo(known)) {
            List<String> lines = Files.readAllLines(known);
            if (lines.size() == 2 && lines.get(0).equals(runtime) && lines.get(1).matches("[A-Za-z0-9_-]+/[A-Za-z0-9_-]+")) {
                return lines.get(1);
            }
        }
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        try {
            keep(folder, known, ".platform-", temp -> Files.write(temp, List.of(runtime, platform)));
        } catch (IOException e) {
            // a folder that cannot be written (full, read-only): the library already kept there is still used
        }
        return platform;
    }

    /**
     * Whether only this user could have put {@code path} there: a library is code, and a cache folder may be one that
     * others can write (a shared XDG_CACHE_HOME), so one not owned by us or writable by others is not loaded.
     */
    private static boolean privateTo(Path path) throws IOException {
        if (!path.isAbsolute()) {
            return false;
        }
        String me = System.getProperty("user.name");
        if (me == null || !Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName().equals(me)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            return !permissions.contains(PosixFilePermission.GROUP_WRITE) && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean extract(String resource, Path folder, Path file) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            keep(folder, file, ".extracting-", temp -> Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING));
            return true;
        }
    }

    /** Writes to a temporary file of this user's in {@code folder}. */
    @FunctionalInterface
    private interface Writing {
        void into(Path temp) throws IOException;
    }

    /** Puts {@code file} in {@code folder} whole or not at all: written aside by {@code writing}, then renamed. */
    private static void keep(Path folder, Path file, String prefix, Writing writing) throws IOException {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path temp = Files.createTempFile(folder, prefix, ".tmp");
        try {
            writing.into(temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
