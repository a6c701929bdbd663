package dev.syllabus.content;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The four source guides, which live beside the project, not in it: the folder named by system property
 * {@code syllabus.seeds} when it is set, else {@code ../shared/seeds}, else {@code /work/shared/seeds}. Tests that need them are skipped, with a message
 * saying where they looked, when none of these exists.
 */
final class Seeds {
    static final String TOPIC_PICKS = "000_9656f69f16099ad1.txt";
    static final String LEARNING_PATHS = "002_5c2c442eedb90155.txt";
    static final String HANDBOOK = "003_acc7093f490401ef.txt";
    static final String RESOURCE_LIST = "004_e585abadf76ce7db.txt";

    private Seeds() {
    }

    static Optional<Path> folder() {
        String chosen = System.getProperty("syllabus.seeds");
        Stream<String> candidates = chosen == null || chosen.isBlank() ? Stream.of("../shared/seeds", "/work/shared/seeds")
                : Stream.of(chosen);
        return candidates.map(Path::of).filter(Files::isDirectory).findFirst();
    }

    /** The text of one guide; skips the calling test, saying why, when the guides are not there. */
    static String read(String guide) {
        Optional<Path> folder = folder();
        Assumptions.assumeTrue(folder.isPresent(), "skipped: the source guides were not found (set -Dsyllabus.seeds=DIR, "
                + "or put them in ../shared/seeds or /work/shared/seeds)");
        try {
            return Files.readString(folder.get().resolve(guide));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the guide " + guide + " in " + folder.get(), e);
        }
    }
}
