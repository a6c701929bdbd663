package dev.syllabus.lint;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.Finding;
import dev.syllabus.content.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of the valid fixture tree in a temporary folder, broken one thing at a time, and the checks that the
 * validator reports exactly that thing: the rule, the file, the line and a message that says how to fix it.
 */
final class ContentTree {
    static final Path VALID = Path.of("src/test/resources/fixtures/valid");

    private final Path root;

    private ContentTree(Path root) {
        this.root = root;
    }

    /** The valid fixture, copied into {@code folder} so a test may break it. */
    static ContentTree givenTheValidFixtureIn(Path folder) {
        try (Stream<Path> files = Files.walk(VALID)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(VALID.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentTree(folder);
    }

    Path root() {
        return root;
    }

    /** Replaces the one occurrence of {@code from} in {@code file}; fails when it is absent or ambiguous. */
    ContentTree replace(String file, String from, String to) {
        String text = read(file);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of '%s' in %s", from, file).hasSize(2);
        return write(file, text.replace(from, to));
    }

    ContentTree write(String file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    ContentTree writeBytes(String file, byte[] bytes) {
        try {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    List<Finding> findings() {
        return Validator.validate(ContentLoader.load(root));
    }

    /** The findings of {@code rule}; at least one must exist. */
    Reported thenReports(String rule) {
        List<Finding> all = findings();
        List<Finding> matching = all.stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(matching).as("findings of rule %s among %s", rule, all).isNotEmpty();
        return new Reported(matching, all);
    }

    /** The finding of {@code rule}, which must be the only kind of finding the broken tree gives. */
    Reported thenReportsOnly(String rule) {
        Reported reported = thenReports(rule);
        assertThat(reported.all).as("every finding").allSatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
        return reported;
    }

    /** The 1-based line of the one line of {@code file} that contains {@code text}. */
    int lineOf(String file, String text) {
        List<String> lines = read(file).lines().toList();
        List<Integer> hits = java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text))
                .boxed().toList();
        assertThat(hits).as("lines of %s containing '%s'", file, text).hasSize(1);
        return hits.get(0) + 1;
    }

    private String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of one rule, narrowed to one by {@link #in}, then checked for its line and message. */
    final class Reported {
        private final List<Finding> matching;
        private final List<Finding> all;

        private Reported(List<Finding> matching, List<Finding> all) {
            this.matching = matching;
            this.all = all;
        }

        /** The one finding of the rule in {@code file}. */
        Located in(String file) {
            List<Finding> here = matching.stream().filter(f -> f.file().equals(file)).toList();
            assertThat(here).as("findings of rule %s in %s (all findings: %s)", matching.get(0).rule(), file, all).hasSize(1);
            return new Located(here.get(0), file);
        }
    }

    /** One finding, known to be in the expected file. */
    final class Located {
        private final Finding finding;
        private final String file;

        private Located(Finding finding, String file) {
            this.finding = finding;
            this.file = file;
        }

        Located atLineOf(String text) {
            return atLine(lineOf(file, text));
        }

        Located atLine(int line) {
            assertThat(finding.line()).as("line of %s", finding).isEqualTo(line);
            return this;
        }

        /** The message contains every fragment: the offending value, the rule it breaks and the fix. */
        Located saying(String... fragments) {
            assertThat(finding.message()).contains(fragments);
            return this;
        }

        Located asError() {
            assertThat(finding.severity()).as("severity of %s", finding).isEqualTo(Severity.ERROR);
            return this;
        }

        Located asWarning() {
            assertThat(finding.severity()).as("severity of %s", finding).isEqualTo(Severity.WARNING);
            return this;
        }

        Finding finding() {
            return finding;
        }
    }
}
