package dev.syllabus.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code that does something different per kind of entity goes through {@code Entity.match} or {@code Entity.visit},
 * which the compiler checks for every kind, never through an instanceof chain or a cast to one kind, which silently
 * mishandles a kind it forgot. A lone {@code e instanceof Resource r && ...} test is a filter, not a switch, and stays.
 */
class EntityDispatchTest {
    private static final String KIND = "(Concept|Paper|Resource|Creator|LearningPath|Guide)";
    private static final Pattern CHAIN = Pattern.compile("else if \\([^)]*\\binstanceof " + KIND + "\\b");
    private static final Pattern CAST = Pattern.compile("\\(\\(?" + KIND + "\\) *[a-z][A-Za-z]*\\)?[.;,)]");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noSourceSwitchesOnEntityKindsWithInstanceofChainsOrCasts() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (Pattern p : List.of(CHAIN, CAST)) {
                    Matcher m = p.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("per-kind code outside Entity.match and Entity.visit").isEmpty();
    }

    @Test
    void thePatternsRecogniseAChainAndACast() {
        assertThat(CHAIN.matcher("} else if (e instanceof Paper p) {").find()).isTrue();
        assertThat(CAST.matcher("return of((Guide) e);").find()).isTrue();
        assertThat(CAST.matcher("Guide g = (Guide) e;").find()).isTrue();
        assertThat(CAST.matcher("if (e instanceof Resource r && r.isDraft()) {").find()).isFalse();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
