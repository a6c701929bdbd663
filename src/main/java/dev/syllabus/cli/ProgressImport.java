package dev.syllabus.cli;

import dev.syllabus.progress.LearnerId;
import dev.syllabus.progress.Progress;
import dev.syllabus.progress.ProgressJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code syllabus progress import FILE}: replaces all progress by an export's, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Replace your progress by the one in FILE (an "
        + "export). The whole file is checked first: if any of it is wrong, nothing changes.")
final class ProgressImport implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A file written by 'syllabus progress export'.")
    Path file;

    @Mixin
    ProgressCommand.Shared shared;

    @Spec
    CommandSpec spec;

    /** The file cannot be imported: exit 1, the database untouched. */
    static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        Progress imported;
        try {
            imported = ProgressJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Rejected("could not read " + file + ": " + e.getMessage() + "; nothing was imported");
        } catch (IllegalArgumentException e) {
            throw new Rejected(file + " " + e.getMessage() + "; nothing was imported");
        }
        try (ProgressCommand.Session session = shared.open()) {
            session.store().replace(LearnerId.LOCAL, imported);
        }
        ProgressCommand.out(spec).println("imported " + imported.marks().size() + " marks, " + imported.notes().size()
                + " notes and " + imported.times().size() + " time entries from " + file);
        return 0;
    }
}
