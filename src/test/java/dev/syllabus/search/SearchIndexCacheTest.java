package dev.syllabus.search;

import dev.syllabus.cache.CacheDirectory;
import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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

    @Test
    void aSearchReadFromTheCacheNeedsNoKnowledgeBase() {
        CacheDirectory cache = CacheDirectory.at(dir);
        SearchIndex.cached(() -> kb, "key1", cache);
        SearchIndex read = SearchIndex.cached(NO_KNOWLEDGE_BASE, "key1", cache);
        for (SearchQuery q : QUERIES) {
            assertThat(read.search(q)).as(q.text()).isEqualTo(built.search(q));
        }
        SearchQuery byCreator = SearchQuery.builder("gpt").creator(creator().slug().value()).build();
        assertThat(read.search(byCreator)).isEqualTo(built.search(byCreator));
    }

    @Test
    void aMisspeltCreatorIsSuggestedFromTheCachedIndexAsFromTheBuiltOne() {
        CacheDirectory cache = CacheDirectory.at(dir);
        SearchIndex.cached(() -> kb, "key1", cache);
        SearchIndex read = SearchIndex.cached(NO_KNOWLEDGE_BASE, "key1", cache);
        String slug = creator().slug().value();
        SearchQuery misspelt = SearchQuery.builder("gpt").creator(slug.substring(0, slug.length() - 1)).build();
        assertThatThrownBy(() -> read.search(misspelt)).isInstanceOf(InvalidSearchException.class)
                .hasMessage(catchThrowable(() -> built.search(misspelt)).getMessage()).hasMessageContaining(slug);
    }

    @Test
    void anIndexOpenedInBackgroundIsTheOneTheNextSearchOfItsKeyUses() throws IOException {
        CacheDirectory cache = CacheDirectory.at(dir);
        SearchIndex.cached(() -> kb, "key1", cache);
        assertThat(SearchIndex.isStored("key1", cache)).isTrue();
        assertThat(OpenedIndex.startReading("key1", cache).join()).isPresent();
        Files.delete(cacheFiles().get(0));
        SearchIndex read = SearchIndex.cached(NO_KNOWLEDGE_BASE, "key1", cache);
        for (SearchQuery q : QUERIES) {
            assertThat(read.search(q)).as(q.text()).isEqualTo(built.search(q));
        }
    }

    @Test
    void anIndexOpenedInBackgroundForAnotherKeyIsNotUsed() {
        CacheDirectory cache = CacheDirectory.at(dir);
        KnowledgeBase conceptsOnly = KnowledgeBase.of(kb.concepts().stream().map(c -> (Entity) c).toList());
        SearchIndex.cached(() -> conceptsOnly, "concepts", cache);
        SearchIndex.cached(() -> kb, "all", cache);
        SearchIndex.openInBackground("concepts", cache);
        assertThat(SearchIndex.cached(NO_KNOWLEDGE_BASE, "all", cache).size()).isEqualTo(built.size());
        SearchIndex.openInBackground("all", CacheDirectory.at(dir.resolve("elsewhere")));
        assertThat(SearchIndex.cached(NO_KNOWLEDGE_BASE, "all", cache).size()).isEqualTo(built.size());
    }

    @Test
    void theKnowledgeBaseOfACachedIndexIsAskedForOnlyWhenWanted() {
        CacheDirectory cache = CacheDirectory.at(dir);
        SearchIndex.cached(() -> kb, "key1", cache);
        AtomicInteger asked = new AtomicInteger();
        SearchIndex read = SearchIndex.cached(() -> {
            asked.incrementAndGet();
            return kb;
        }, "key1", cache);
        read.search("rope");
        assertThat(asked).hasValue(0);
        assertThat(read.knowledgeBase()).isSameAs(kb);
        assertThat(read.knowledgeBase()).isSameAs(kb);
        assertThat(asked).hasValue(1);
    }

    private static final Supplier<KnowledgeBase> NO_KNOWLEDGE_BASE = () -> {
        throw new AssertionError("the knowledge base was asked for");
    };

    private static Creator creator() {
        return kb.creators().stream().filter(c -> c.slug().value().length() > 6).findFirst().orElseThrow();
    }

    private List<Path> cacheFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
