package dev.syllabus.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The commit protocol of an import's write, so that a process killed at any moment leaves the content directory with
 * its old files or its new ones once the next import has run. The new files are staged in a directory beside the
 * content directory; renaming the finished journal (the list of files to move) into that directory is the one commit
 * point; after it each staged file is renamed into place. The next import, before it reads the content, completes a
 * staging directory that has a journal and deletes one that has none: before the commit point nothing was touched.
 */
final class ImportJournal {
    private static final String PREFIX = ".syllabus-import-";
    private static final String JOURNAL = "journal";
    private static final String HEADER = "syllabus import journal 1";
    private static final String END = "end";

    /** Where a write has got to: tests kill the process at chosen steps of each phase. */
    enum Phase { STAGE, VALIDATE, COMMIT, MOVE, CLEANUP }

    /** Told of every step of a write, in order. */
    interface Steps {
        Steps NONE = phase -> {
        };

        void at(Phase phase);
    }

    private final Path root;
    private final Path stage;
    private final Steps steps;

    private ImportJournal(Path root, Path stage, Steps steps) {
        this.root = root;
        this.stage = stage;
        this.steps = steps;
    }

    /** A new, empty staging directory for an import into {@code root}; call under {@link ImportLock}. */
    static ImportJournal begin(Path root, Steps steps) throws IOException {
        Path real = root.toRealPath();
        Path stage = Files.createTempDirectory(stagingParent(real), prefix(real));
        steps.at(Phase.STAGE);
        return new ImportJournal(real, stage, steps);
    }

    /** The staged copy of the content directory. */
    Path tree() {
        return stage.resolve("tree");
    }

    /** The commit point: after this returns, the import happens even if the process dies (the next run completes it). */
    void commit(Collection<String> changed) throws IOException {
        Path draft = stage.resolve(JOURNAL + ".tmp");
        try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             Writer w = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (String rel : changed) {
                w.write(rel + "\n");
                w.flush();
                steps.at(Phase.COMMIT);
            }
            w.write(END + "\n");
            w.flush();
            channel.force(true);
        }
        steps.at(Phase.COMMIT);
        Files.move(draft, stage.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE);
        steps.at(Phase.COMMIT);
    }

    /** Moves every staged file the journal lists that is still staged into place, then deletes the staging directory. */
    void complete() throws IOException {
        for (String rel : journal()) {
            Path staged = tree().resolve(rel);
            if (Files.exists(staged)) {
                Path target = root.resolve(rel);
                Files.createDirectories(target.getParent());
                move(staged, target);
                steps.at(Phase.MOVE);
            }
        }
        // The journal goes first: a staging directory without one is deleted by the next run, which is now right.
        Files.delete(stage.resolve(JOURNAL));
        steps.at(Phase.CLEANUP);
        abandon();
    }

    /** Deletes the staging directory; before the commit point this leaves the content directory as it was. */
    void abandon() {
        try (Stream<Path> walk = Files.walk(stage)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
                steps.at(Phase.CLEANUP);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the staging directory " + stage, e);
        }
    }

    /**
     * Completes or rolls back every import into {@code root} a killed process left; call under {@link ImportLock}.
     *
     * @return how many interrupted imports were completed (rolled back ones change nothing and are not counted)
     */
    static int recover(Path root) throws IOException {
        Path real = root.toRealPath();
        int completed = 0;
        for (Path stage : leftovers(real)) {
            ImportJournal j = new ImportJournal(real, stage, Steps.NONE);
            if (Files.exists(stage.resolve(JOURNAL))) {
                j.complete();
                completed++;
            } else {
                j.abandon();
            }
        }
        return completed;
    }

    /** Whether {@code path} (relative to a content directory) is an import's own file, never content. */
    static boolean isOwn(Path rel) {
        return rel.getNameCount() > 0 && rel.getName(0).toString().startsWith(PREFIX);
    }

    /** The lock file that keeps two imports into {@code root} apart. */
    static Path lockFile(Path root) throws IOException {
        Path real = root.toRealPath();
        return stagingParent(real).resolve(prefix(real) + "lock");
    }

    private List<String> journal() throws IOException {
        List<String> lines = Files.readAllLines(stage.resolve(JOURNAL), StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) {
            throw new ImportFailure(stage.resolve(JOURNAL) + " is not an import journal: if no import is running, delete "
                    + stage + " and check the content directory with 'syllabus validate'");
        }
        List<String> files = lines.subList(1, lines.size() - 1);
        for (String rel : files) {
            if (rel.isEmpty() || !root.resolve(rel).normalize().startsWith(root)) {
                throw new ImportFailure(stage.resolve(JOURNAL) + ": '" + rel + "' is outside " + root + "; nothing was moved");
            }
        }
        return files;
    }

    private static List<Path> leftovers(Path real) throws IOException {
        String prefix = prefix(real);
        try (Stream<Path> entries = Files.list(stagingParent(real))) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).sorted().toList();
        }
    }

    /** A sibling of the content directory sits on the same file system, where a rename is atomic. */
    private static Path stagingParent(Path real) {
        Path parent = real.getParent();
        return parent != null && Files.isWritable(parent) ? parent : real;
    }

    /** Named after the content directory's full path, so imports into two directories never touch each other's. */
    private static String prefix(Path real) {
        return PREFIX + real.getFileName() + "-" + Integer.toHexString(real.toString().hashCode()) + "-";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
