package dev.syllabus.ingest;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.Finding;
import dev.syllabus.lint.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes an import's files all at once or not at all. Everything is first written into a staged copy of the content
 * directory, which must load and validate without new errors; only then is each file moved into place. A failure at
 * any point puts back what was there, so the content directory is left exactly as it was.
 */
final class StagedWrite {
    private final Path root;
    private final Path stage;

    private StagedWrite(Path root) throws IOException {
        this.root = root;
        Path parent = root.toAbsolutePath().getParent();
        // A sibling of the content directory sits on the same file system, where a move is atomic.
        this.stage = Files.createTempDirectory(parent != null && Files.isWritable(parent) ? parent : root, ".syllabus-import-");
    }

    /**
     * Writes {@code files} (paths relative to {@code root}, with their full new text); {@code originals} are the texts
     * the changed existing files had when the import read them, so a file edited meanwhile is not overwritten.
     */
    static void apply(Path root, Map<String, String> files, Map<String, String> originals) {
        StagedWrite w;
        try {
            w = new StagedWrite(root);
        } catch (IOException e) {
            throw new ImportFailure("could not create a staging directory next to " + root + ": " + e.getMessage(), e);
        }
        try {
            Path tree = w.stageTree(files);
            w.validate(tree, files.keySet());
            w.unchanged(originals);
            w.moveIntoPlace(tree, files.keySet());
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFailure("the import could not be written (" + e.getMessage() + "); the content directory is unchanged", e);
        } finally {
            delete(w.stage);
        }
    }

    private Path stageTree(Map<String, String> files) throws IOException {
        Path tree = stage.resolve("tree");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = tree.resolve(root.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = tree.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
        }
        return tree;
    }

    /** The staged tree may not have errors the content directory did not already have. */
    private void validate(Path tree, Set<String> changed) {
        Set<String> before = errors(root);
        List<String> added = errorFindings(tree).stream().filter(f -> !before.contains(key(f))).map(Finding::toString).toList();
        if (!added.isEmpty()) {
            throw new ImportFailure("the import would leave content that does not validate, so nothing was written:\n  "
                    + String.join("\n  ", added) + "\n(files to write: " + String.join(", ", changed) + ")");
        }
    }

    private static Set<String> errors(Path dir) {
        return errorFindings(dir).stream().map(StagedWrite::key).collect(Collectors.toSet());
    }

    private static List<Finding> errorFindings(Path dir) {
        return Validator.validate(ContentLoader.load(dir)).stream().filter(Finding::isError).toList();
    }

    /** Line numbers move when a file grows, so an error is the same error whatever its line. */
    private static String key(Finding f) {
        return f.rule() + "|" + f.file() + "|" + f.message();
    }

    private void unchanged(Map<String, String> originals) throws IOException {
        for (Map.Entry<String, String> o : originals.entrySet()) {
            Path p = root.resolve(o.getKey());
            if (!Files.isRegularFile(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(o.getValue())) {
                throw new ImportFailure(p + " changed while the import ran; nothing was written: run the import again");
            }
        }
    }

    private void moveIntoPlace(Path tree, Set<String> changed) throws IOException {
        Path backup = stage.resolve("backup");
        List<String> moved = new ArrayList<>();
        List<Path> madeDirs = new ArrayList<>();
        try {
            for (String rel : changed) {
                Path parent = root.resolve(rel).getParent();
                if (!Files.isDirectory(parent)) {
                    madeDirs.add(parent);
                }
                Path target = root.resolve(rel);
                if (Files.exists(target)) {
                    Files.createDirectories(backup.resolve(rel).getParent());
                    Files.copy(target, backup.resolve(rel));
                }
                Files.createDirectories(target.getParent());
                move(tree.resolve(rel), target);
                moved.add(rel);
            }
        } catch (IOException | RuntimeException e) {
            restore(backup, moved);
            madeDirs.forEach(d -> d.toFile().delete());
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void restore(Path backup, List<String> moved) {
        for (String rel : moved) {
            try {
                if (Files.exists(backup.resolve(rel))) {
                    move(backup.resolve(rel), root.resolve(rel));
                } else {
                    Files.deleteIfExists(root.resolve(rel));
                }
            } catch (IOException ignored) {
                // Best effort: the message of the original failure says the write did not complete.
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover staging directory is harmless: its name starts with a dot and holds no content files.
        }
    }
}
