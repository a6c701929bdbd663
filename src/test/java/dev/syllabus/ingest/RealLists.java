package dev.syllabus.ingest;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The two real curated lists in ../shared/realworld (system property {@code syllabus.realworld}, else
 * {@code ../shared/realworld}, else {@code /work/shared/realworld}) and their reference readings in
 * {@code src/test/resources/realworld}. Tests that need the lists are skipped, visibly, without them.
 */
final class RealLists {
    static final List<String> NAMES = List.of("awesome-nlp", "llm-course");
    private static final Path REFERENCES = Path.of("src/test/resources/realworld");

    /** One reference row: an address and what a reader takes it to be. */
    record Row(String address, List<String> titles, List<String> kinds, List<List<String>> creators) {
        boolean isResource() {
            return !kinds.contains("-");
        }

        boolean hasTitle() {
            return !titles.contains("*");
        }

        boolean namesCreators() {
            return creators.stream().allMatch(c -> !c.isEmpty());
        }
    }

    private RealLists() {
    }

    static Optional<Path> folder() {
        String property = System.getProperty("syllabus.realworld");
        return Stream.of(property == null ? null : Path.of(property), Path.of("../shared/realworld"), Path.of("/work/shared/realworld"))
                .filter(p -> p != null && Files.isDirectory(p)).findFirst();
    }

    static Path list(String name) {
        Optional<Path> folder = folder();
        Assumptions.assumeTrue(folder.isPresent(), "the real curated lists are not here (looked in -Dsyllabus.realworld, "
                + "../shared/realworld and /work/shared/realworld): skipping the test that imports them");
        Path file = folder.get().resolve(name + ".md");
        Assumptions.assumeTrue(Files.isRegularFile(file), "expected " + file + " beside the other real list: skipping it");
        return file;
    }

    static List<Row> reference(String name) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(REFERENCES.resolve(name + ".tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), 4);
            rows.add(new Row(f[0], alternatives(f[1]), alternatives(f[2]), alternatives(f[3] == null ? "" : f[3]).stream()
                    .map(a -> a.isEmpty() ? List.<String>of() : Arrays.stream(a.split(";")).map(String::strip).toList()).toList()));
        }
        return rows;
    }

    private static List<String> alternatives(String field) {
        return Arrays.stream((field == null ? "" : field).split("\\|", -1)).map(String::strip).toList();
    }
}
