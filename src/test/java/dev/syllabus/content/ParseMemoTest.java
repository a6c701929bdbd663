package dev.syllabus.content;

import dev.syllabus.ingest.ContentTrees;
import dev.syllabus.kb.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ParseMemoTest {
    @TempDir
    Path dir;

    @Test
    void aLoadWithTheMemoOfAnEarlierOneGivesWhatALoadWithoutItGives() throws IOException {
        Path tree = dir.resolve("tree");
        ContentTrees.copy(Path.of("src/test/resources/fixtures/valid"), tree);
        ParseMemo memo = new ParseMemo();
        ContentLoader.load(tree, memo);
        List<Path> concepts = files(tree.resolve("concepts"));
        Path edited = concepts.get(0);
        Files.writeString(edited, Files.readString(edited).replaceFirst("title: .*", "title: Edited in place"));
        Files.delete(concepts.get(1));
        Files.writeString(tree.resolve("concepts/bad-yaml.md"), "---\ntitle: [unclosed\n---\n");
        LoadedContent again = ContentLoader.load(tree, memo);
        LoadedContent fresh = ContentLoader.load(tree);
        assertThat(sorted(again.kb().entities())).isEqualTo(sorted(fresh.kb().entities()));
        assertThat(again.findings()).isEqualTo(fresh.findings()).isNotEmpty();
        assertThat(again.sources()).isEqualTo(fresh.sources());
        assertThat(again.kb().concepts()).extracting(c -> c.title()).contains("Edited in place");
    }

    @Test
    void aFileWhoseTextIsUnchangedIsNotParsedAgain() throws IOException {
        Path tree = dir.resolve("tree");
        ContentTrees.copy(Path.of("src/test/resources/fixtures/valid"), tree);
        ParseMemo memo = new ParseMemo();
        Entity before = ContentLoader.load(tree, memo).kb().entities().iterator().next();
        Entity after = ContentLoader.load(tree, memo).kb().get(before.slug()).orElseThrow();
        assertThat(after).isSameAs(before);
    }

    private static List<Entity> sorted(java.util.Collection<Entity> entities) {
        return entities.stream().sorted(Comparator.comparing(e -> e.slug().value())).toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
