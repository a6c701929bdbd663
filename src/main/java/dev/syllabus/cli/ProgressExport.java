package dev.syllabus.cli;

import dev.syllabus.progress.LearnerId;
import dev.syllabus.progress.ProgressJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code syllabus progress export [FILE]}: all progress as JSON, written whole or not at all. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write your progress as JSON (format version "
        + ProgressJson.VERSION + ") to FILE, or to standard output.")
final class ProgressExport implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write; default standard output.")
    Path file;

    @Mixin
    ProgressCommand.Shared shared;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String json;
        try (ProgressCommand.Session session = shared.open()) {
            json = ProgressJson.write(session.store().progress(LearnerId.LOCAL));
        }
        if (file == null) {
            ProgressCommand.out(spec).print(json);
            ProgressCommand.out(spec).flush();
            return 0;
        }
        Path target = file.toAbsolutePath();
        try {
            Path temp = Files.createTempFile(target.getParent(), ".syllabus-export", ".tmp");
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage()
                    + "; check that its folder exists and is writable", e);
        }
        ProgressCommand.out(spec).println("exported to " + file);
        return 0;
    }
}
