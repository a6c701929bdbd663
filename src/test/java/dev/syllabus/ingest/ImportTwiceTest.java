package dev.syllabus.ingest;

import dev.syllabus.content.ContentLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Property: importing any list a second time into what the first import wrote writes nothing and finds no new conflict. */
class ImportTwiceTest {
    @TempDir
    Path dir;

    static Stream<String> lists() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/fixtures/import"))) {
            fixtures.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(p -> names.add("fixture:" + p));
        }
        RealLists.folder().ifPresent(f -> RealLists.NAMES.forEach(n -> names.add("fixture:" + f.resolve(n + ".md"))));
        LongStream.rangeClosed(1, 40).forEach(seed -> names.add("fuzzed:" + seed));
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aSecondImportOfTheSameListWritesNothingAndFindsNoNewConflict(String list) throws IOException {
        SourceDocument doc = list.startsWith("fuzzed:")
                ? SourceDocument.of("fuzzed-" + list.substring(7) + ".md", FuzzedLists.list(Long.parseLong(list.substring(7))))
                : SourceFiles.read(Path.of(list.substring("fixture:".length())));
        ImportReport first = Importer.run(List.of(doc), ContentLoader.load(dir), Optional.of(dir), false);
        Map<String, String> written = ContentTrees.snapshot(dir);

        ImportReport second = Importer.run(List.of(doc), ContentLoader.load(dir), Optional.of(dir), false);

        assertThat(second.written()).as("files written by the second import").isEmpty();
        assertThat(ContentTrees.snapshot(dir)).isEqualTo(written);
        assertThat(second.count(ReportItem.Status.NEW)).isZero();
        assertThat(conflicts(second)).as("conflicts of the second import").isSubsetOf(conflicts(first));
    }

    private static List<String> conflicts(ImportReport r) {
        return r.items().stream().flatMap(i -> i.conflicts().stream()).map(c -> c.field() + ": " + c.imported()).toList();
    }
}
