package dev.syllabus.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the promise that every validation rule has a test with a broken fixture of its own: each rule id the loader or
 * the validator can report must be asserted by a {@code thenReports} or {@code thenReportsOnly} somewhere in the tests.
 */
class EveryRuleHasABrokenFixtureTest {
    /**
     * Where rule ids are written: the first argument of a finding or a FieldReader error, the rule of a defect report or
     * of a parse, or any literal followed by the file argument (the two rules of a conditional).
     */
    private static final Pattern RULE_ID = Pattern.compile("(?:(?:Finding\\.(?:error|warning)\\(|\\berror\\(|DefectKind\\.[A-Z_]+, "
            + "|value, )\"([a-z]+(?:-[a-z]+)*)\")|(?:\"([a-z]+(?:-[a-z]+)*)\", (?:file|rel)\\b)");
    private static final Pattern ASSERTED = Pattern.compile("thenReports(?:Only)?\\(\"([a-z-]+)\"\\)");
    /** Rules no fixture can provoke, with the reason. */
    private static final Map<String, String> UNTESTABLE = Map.of(
            "unreadable", "an I/O failure on a file the loader has just listed cannot be provoked portably");

    @Test
    void everyRuleIsAssertedByABrokenFixtureTest() {
        Set<String> rules = matches(Path.of("src/main/java/dev/syllabus/content"), RULE_ID);
        rules.addAll(matches(Path.of("src/main/java/dev/syllabus/lint"), RULE_ID));
        rules.removeAll(UNTESTABLE.keySet());
        assertThat(rules).as("rule ids found in the sources").contains("yaml-syntax", "bad-length", "unresolved-reference", "orphan");
        assertThat(matches(Path.of("src/test/java"), ASSERTED)).containsAll(rules);
    }

    private static Set<String> matches(Path folder, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            found.add(m.group(g));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
