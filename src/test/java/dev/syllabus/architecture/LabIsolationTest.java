package dev.syllabus.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labs are pure computation: they use the JDK, the domain and jtokkit's encodings, never the web server, its
 * templates, the CLI or any other package of the application, so the same numbers serve the wiki, the API and the CLI.
 */
class LabIsolationTest {
    private static final Path LAB_CLASSES = Path.of("target/classes/dev/syllabus/lab");
    private static final List<String> ALLOWED = List.of("java/", "dev/syllabus/lab/", "dev/syllabus/kb/", "com/knuddels/jtokkit/");

    @Test
    void labClassesReferenceOnlyJavaTheDomainAndJtokkit() throws IOException {
        Set<String> foreign = new TreeSet<>();
        for (Path classFile : classFiles()) {
            for (String referenced : DomainIsolationTest.referencedClasses(classFile)) {
                // A name without a package is a record's field list ("loss;optimum;") read as a descriptor, not a class.
                if (referenced.contains("/") && ALLOWED.stream().noneMatch(referenced::startsWith)) {
                    foreign.add(LAB_CLASSES.relativize(classFile) + " -> " + referenced);
                }
            }
        }
        assertThat(foreign).as("classes in dev.syllabus.lab referring outside what the labs may use").isEmpty();
    }

    @Test
    void theCheckSeesTheLabClasses() throws IOException {
        assertThat(classFiles()).extracting(p -> p.getFileName().toString()).contains("ParameterCounter.class", "Sampler.class");
    }

    private static List<Path> classFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(LAB_CLASSES)) {
            return walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }
}
