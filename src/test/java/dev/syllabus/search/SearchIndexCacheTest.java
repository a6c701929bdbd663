package dev.syllabus.search;

import dev.syllabus.cache.CacheDirectory;
import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexCacheTest {
    private static final List<SearchQuery> QUERIES = List.of(SearchQuery.of("rope"), SearchQuery.of("causal masking"),
            SearchQuery.of("chinchila scaling"), SearchQuery.of("\"rotary position\""), SearchQuery.of("attention"),
            SearchQuery.builder("").kind("video").limit(100).build(), SearchQuery.of("karpathy gpt"));

    private static KnowledgeBase kb;
    private static SearchIndex built;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        kb = ContentLoader.load(Path.of("content")).kb();
        built = SearchIndex.build(kb);
    }

    @Test
    void anIndexReadFromTheCacheAnswersAsTheOneBuiltDoes() {
        CacheDirectory cache = CacheDirectory.at(dir);
        SearchIndex first = SearchIndex.cached(() -> kb, "key1", cache);
        assertThat(cacheFiles()).hasSize(1);
        SearchIndex read = SearchIndex.cached(() -> kb, "key1", cache);
        assertThat(read.size()).isEqualTo(built.size());
        for (SearchQuery q : QUERIES) {
            assertThat(read.search(q)).as(q.text()).isEqualTo(built.search(q));
            assertThat(first.search(q)).as(q.text()).isEqualTo(built.search(q));
        }
        assertThat(read.suggest("rot", 5)).isEqualTo(built.suggest("rot", 5));
    }

    @Test
    void anotherContentKeyBuildsItsOwnIndex() {
        CacheDirectory cache = CacheDirectory.at(dir);
        SearchIndex.cached(() -> kb, "key1", cache);
        SearchIndex.cached(() -> kb, "key2", cache);
        assertThat(cacheFiles()).hasSize(2);
    }

    @Test
    void aDamagedCacheFileIsBuiltAgain() throws IOException {
        CacheDirectory cache = CacheDirectory.at(dir);
        SearchIndex.cached(() -> kb, "key1", cache);
        Path file = cacheFiles().get(0);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        SearchIndex read = SearchIndex.cached(() -> kb, "key1", cache);
        for (SearchQuery q : QUERIES) {
            assertThat(read.search(q)).as(q.text()).isEqualTo(built.search(q));
        }
    }

    private List<Path> cacheFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
