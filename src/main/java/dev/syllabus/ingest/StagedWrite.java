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
 * directory, which must load and validate without new errors; only then is the write committed ({@link ImportJournal})
 * and each file renamed into place. A failure before the commit point leaves the content directory exactly as it was;
 * a process killed after it leaves a journal the next import completes.
 */
final class StagedWrite {
    private final Path root;
    private final ImportJournal journal;
    private final ImportJournal.Steps steps;

    private StagedWrite(Path root, ImportJournal journal, ImportJournal.Steps steps) {
        this.root = root;
        this.journal = journal;
        this.steps = steps;
    }

    /**
     * Writes {@code files} (paths relative to {@code root}, with their full new text); {@code originals} are the texts
     * the changed existing files had when the import read them, so a file edited meanwhile is not overwritten.
     */
    static void apply(Path root, Map<String, String> files, Map<String, String> originals) {
        apply(root, files, originals, ImportJournal.Steps.NONE);
    }

    static void apply(Path root, Map<String, String> files, Map<String, String> originals, ImportJournal.Steps steps) {
        try (ImportLock lock = ImportLock.take(root)) {
            if (recover(root) > 0) {
                throw new ImportFailure("an import into " + root + " that was interrupted earlier has just been completed, so "
                        + "the content changed after this import read it; nothing else was written: run the import again");
            }
            write(root, files, originals, steps);
        }
    }

    /** Completes or rolls back imports into {@code root} that a killed process left; returns how many it completed. */
    static int recover(Path root) {
        try {
            return ImportJournal.recover(root);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFailure("could not complete an import into " + root + " that was interrupted earlier ("
                    + e.getMessage() + "); run the import again", e);
        }
    }

    private static void write(Path root, Map<String, String> files, Map<String, String> originals, ImportJournal.Steps steps) {
        StagedWrite w;
        try {
            w = new StagedWrite(root, ImportJournal.begin(root, steps), steps);
        } catch (IOException e) {
            throw new ImportFailure("could not create a staging directory next to " + root + ": " + e.getMessage(), e);
        }
        boolean committed = false;
        try {
            w.stageTree(files);
            steps.at(ImportJournal.Phase.VALIDATE);
            w.validate(files.keySet());
            steps.at(ImportJournal.Phase.VALIDATE);
            w.unchanged(originals);
            steps.at(ImportJournal.Phase.VALIDATE);
            w.journal.commit(files.keySet());
            committed = true;
            w.journal.complete();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFailure(committed
                    ? "the import was committed but not all its files could be moved into place (" + e.getMessage() + "): run "
                    + "the import again to complete it"
                    : "the import could not be written (" + e.getMessage() + "); the content directory is unchanged", e);
        } finally {
            if (!committed) {
                w.journal.abandon();
            }
        }
    }

    private void stageTree(Map<String, String> files) throws IOException {
        Path tree = journal.tree();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path rel = root.relativize(p);
                if (ImportJournal.isOwn(rel)) {
                    continue;
                }
                Path target = tree.resolve(rel.toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
                steps.at(ImportJournal.Phase.STAGE);
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = tree.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            steps.at(ImportJournal.Phase.STAGE);
        }
    }

    /** The staged tree may not have errors the content directory did not already have. */
    private void validate(Set<String> changed) {
        Set<String> before = errors(root);
        List<String> added = errorFindings(journal.tree()).stream().filter(f -> !before.contains(key(f))).map(Finding::toString).toList();
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
}
