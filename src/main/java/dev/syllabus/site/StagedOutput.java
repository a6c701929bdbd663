package dev.syllabus.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The export's files, written into a staging directory beside the output and moved into place by renames only when
 * every file is written, so a failed export leaves the output as it was. A file whose bytes match the previous
 * export's is hard-linked from it instead of written, so it keeps its modification time.
 */
final class StagedOutput implements AutoCloseable {
    /** What the export changed: files written anew, files kept as they were, files of the previous export dropped. */
    record Summary(int written, int unchanged, int removed) {
    }

    private final Path out;
    private final Path staging;
    private final Path old;
    private final Manifest previous;
    private final Map<String, Manifest.Entry> files = new ConcurrentSkipListMap<>();
    private final Map<Path, Boolean> made = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private boolean committed;

    private StagedOutput(Path out, Manifest previous) {
        this.out = out;
        this.staging = out.resolveSibling("." + out.getFileName() + ".syllabus-staging");
        this.old = out.resolveSibling("." + out.getFileName() + ".syllabus-old");
        this.previous = previous;
    }

    /**
     * Opens {@code out} for an export: it may be missing, empty or a previous export; anything else is refused before
     * anything is written. A staging directory left by an export that died is removed, and an output that an export
     * died while swapping is put back.
     */
    static StagedOutput open(Path out) {
        Path dir = out.toAbsolutePath().normalize();
        if (dir.getParent() == null) {
            throw ExportException.usage(out + ": export into a directory below the file system's root");
        }
        StagedOutput staged = new StagedOutput(dir, null);
        try {
            if (!Files.exists(dir) && Files.isDirectory(staged.old) && Manifest.read(staged.old).isPresent()) {
                Files.move(staged.old, dir);
            }
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw ExportException.usage(out + " is a file: name a directory that is new, empty or a previous export");
            }
            Optional<Manifest> manifest = Files.isDirectory(dir) ? Manifest.read(dir) : Optional.empty();
            if (manifest.isEmpty() && Files.isDirectory(dir) && !empty(dir)) {
                throw ExportException.usage(out + " holds files that are not a Syllabus export (it has no " + Manifest.NAME
                        + "): export into a new or empty directory, or empty this one first");
            }
            Files.createDirectories(dir.getParent());
            delete(staged.staging);
            delete(staged.old);
            Files.createDirectory(staged.staging);
            return new StagedOutput(dir, manifest.orElse(new Manifest(new java.util.TreeMap<>())));
        } catch (IOException e) {
            throw ExportException.failure("cannot write beside " + out + " (" + describe(e)
                    + "): check that its folder exists and is writable", e);
        }
    }

    /** Stages one file; safe to call from several threads for different files. */
    void write(String file, byte[] bytes) {
        Manifest.Entry entry = new Manifest.Entry(Manifest.hash(bytes), bytes.length);
        if (files.putIfAbsent(file, entry) != null) {
            throw new IllegalStateException("two pages of the export are written to " + file);
        }
        Path target = staging.resolve(file);
        try {
            parent(target);
            Path before = out.resolve(file);
            if (entry.equals(previous.files().get(file)) && Files.isRegularFile(before) && Files.size(before) == bytes.length) {
                try {
                    Files.createLink(target, before);
                    unchanged.incrementAndGet();
                    return;
                } catch (UnsupportedOperationException | FileAlreadyExistsException | SecurityException e) {
                    // No hard links here: fall through and write the bytes.
                }
            }
            Files.write(target, bytes);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
    }

    /** Moves the staged files into place; the output is replaced whole, by two renames. */
    Summary commit() {
        try {
            Files.write(staging.resolve(Manifest.NAME), new Manifest(new java.util.TreeMap<>(files)).bytes());
            if (Files.exists(out)) {
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
                delete(old);
            } else {
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw ExportException.failure("could not move the export into " + out + " (" + describe(e) + ")", e);
        }
        int removed = (int) previous.files().keySet().stream().filter(f -> !files.containsKey(f)).count();
        return new Summary(written.get(), unchanged.get(), removed);
    }

    /** Removes the staging directory of an export that did not commit. */
    @Override
    public void close() {
        if (!committed) {
            try {
                delete(staging);
            } catch (IOException e) {
                // The next export removes it.
            }
        }
    }

    /** Creates a file's folder once; another thread writing into the same folder waits until it exists. */
    private void parent(Path target) {
        made.computeIfAbsent(target.getParent(), dir -> {
            try {
                Files.createDirectories(dir);
                return Boolean.TRUE;
            } catch (IOException e) {
                throw new UncheckedIOException("could not create " + dir, e);
            }
        });
    }

    private static boolean empty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static String describe(IOException e) {
        String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such file or directory" : e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
