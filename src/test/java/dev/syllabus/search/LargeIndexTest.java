package dev.syllabus.search;

import dev.syllabus.bench.SyntheticKnowledgeBase;
import dev.syllabus.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index too large to rank every match exactly ranks candidates picked by a cheaper query; these check that what it
 * returns still keeps the promises of the small one: only matches, only what the filters allow, a full page.
 */
class LargeIndexTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(SyntheticKnowledgeBase.of(ContentLoader.load(Path.of("content")).kb(), 8_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"attention", "causal self attention", "\"next token\"", "hallucination", "atention", "low rank adaptation"})
    void aPageIsFullWhenThereAreEnoughMatches(String text) {
        SearchResults results = index.search(SearchQuery.of(text));
        assertThat(results.total()).isGreaterThan(SearchQuery.DEFAULT_LIMIT);
        assertThat(results.hits()).hasSize(SearchQuery.DEFAULT_LIMIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attention", "\"next token\"", "scaling laws compute"})
    void filteredHitsAllHaveTheFilteredKind(String text) {
        SearchResults results = index.search(SearchQuery.builder(text).kind("video").build());
        assertThat(results.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.kind()).isEqualTo("video"));
        assertThat(results.hits()).hasSize(Math.min(SearchQuery.DEFAULT_LIMIT, (int) results.total()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"attention", "reward model preferences"})
    void pagesFollowOneAnotherWithoutRepeats(String text) {
        var first = index.search(SearchQuery.builder(text).limit(10).build()).hits();
        var second = index.search(SearchQuery.builder(text).limit(10).offset(10).build()).hits();
        assertThat(second).isNotEmpty();
        assertThat(second.stream().map(Hit::deepLink)).doesNotContainAnyElementsOf(first.stream().map(Hit::deepLink).toList());
    }
}
