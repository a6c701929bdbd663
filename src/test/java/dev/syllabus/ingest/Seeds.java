package dev.syllabus.ingest;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The four source guides in ../shared/seeds: system property {@code syllabus.seeds} if set, else {@code ../shared/seeds}
 * relative to the project root, else {@code /work/shared/seeds}. Tests that need them are skipped, visibly, without them.
 */
final class Seeds {
    private Seeds() {
    }

    static Optional<Path> folder() {
        String property = System.getProperty("syllabus.seeds");
        return Stream.of(property == null ? null : Path.of(property), Path.of("../shared/seeds"), Path.of("/work/shared/seeds"))
                .filter(p -> p != null && Files.isDirectory(p)).findFirst();
    }

    static List<Path> guides() throws IOException {
        Optional<Path> folder = folder();
        Assumptions.assumeTrue(folder.isPresent(), "the source guides are not here (looked in -Dsyllabus.seeds, ../shared/seeds "
                + "and /work/shared/seeds): skipping the test that imports them");
        try (Stream<Path> files = Files.list(folder.get())) {
            List<Path> guides = files.filter(Files::isRegularFile).sorted().toList();
            Assumptions.assumeTrue(guides.size() == 4, "expected the four source guides in " + folder.get() + ", found " + guides.size());
            return guides;
        }
    }

    static List<SourceDocument> documents() throws IOException {
        return guides().stream().map(SourceFiles::read).toList();
    }
}
