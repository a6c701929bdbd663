package dev.syllabus.fuzz;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.lint.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Hostile content never makes the loader or the validator throw: 10,000 random content files (front matter and body
 * built from the pieces of real files and of broken ones, one in ten nested thousands of levels deep, seed 2026), ten
 * at a time beside the valid fixture. Every bad file becomes findings with its file, line and a message, never a Java
 * class name or stack trace. The timeout only stops a hang; how long the run took is printed.
 */
class LoaderFuzzIT {
    private static final int FILES = 10_000;
    private static final int PER_TREE = 10;
    private static final String[] FOLDERS = {"concepts", "papers", "resources", "creators", "paths", "guides"};

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void randomContentFilesBecomeFindingsNeverExceptions() throws IOException {
        Random random = new Random(2026);
        Path root = folder.resolve("content");
        copyFixture(root);
        long slowest = 0;
        long started = System.nanoTime();
        for (int tree = 0; tree < FILES / PER_TREE; tree++) {
            List<Path> written = writeFuzzed(root, random, tree);
            long t = System.nanoTime();
            int at = tree;
            assertThatCode(() -> check(ContentLoader.load(root)))
                    .as("tree %d (seed 2026)", at).doesNotThrowAnyException();
            slowest = Math.max(slowest, System.nanoTime() - t);
            for (Path p : written) {
                Files.delete(p);
            }
        }
        System.out.printf("LoaderFuzzIT: %d files in %d ms, slowest load and validation of %d of them %d ms%n", FILES,
                (System.nanoTime() - started) / 1_000_000, PER_TREE, slowest / 1_000_000);
    }

    private static void check(LoadedContent content) {
        assertThat(Validator.validate(content)).allSatisfy(f -> {
            assertThat(f.file()).isNotBlank();
            assertThat(f.message()).isNotBlank().doesNotContain("Exception", "\tat ", "java.lang");
        });
    }

    private static List<Path> writeFuzzed(Path root, Random random, int tree) throws IOException {
        Path[] files = new Path[PER_TREE];
        for (int i = 0; i < PER_TREE; i++) {
            String text = switch (random.nextInt(10)) {
                case 0 -> HostileText.markdown(random, random.nextInt(400));
                case 1 -> "---\n" + HostileText.yaml(random, random.nextInt(200));
                default -> "---\n" + HostileText.yaml(random, random.nextInt(60)) + "\n---\n" + HostileText.markdown(random,
                        random.nextInt(400));
            };
            files[i] = root.resolve(FOLDERS[random.nextInt(FOLDERS.length)]).resolve("fuzz-" + tree + "-" + i + ".md");
            Files.writeString(files[i], text, StandardCharsets.UTF_8);
        }
        return List.of(files);
    }

    private static void copyFixture(Path root) throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/valid");
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path p : walk.toList()) {
                Path target = root.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
