package dev.syllabus.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Filters narrow the hits; facets count every value of every filter over the hits, for the web page's sidebar. */
class FacetCountingTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(SmallKnowledgeBase.build());
    }

    @Test
    void aKindFilterKeepsOnlyThatKind() {
        SearchResults results = index.search(SearchQuery.builder("attention").kind("video").build());
        assertThat(results.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.kind()).isEqualTo("video"));
    }

    @Test
    void eachFilterIsCountedOverTheHitsByValue() {
        SearchResults results = index.search(SearchQuery.builder("").build());
        assertThat(results.facet("type")).contains(new FacetCount("segment", "segment", 2, false),
                new FacetCount("concept", "concept", 4, false));
        assertThat(results.facet("access")).contains(new FacetCount("registration", "registration", 1, false));
    }

    @Test
    void aFiltersOwnCountsIgnoreItsSelectionSoTheOtherValuesStayVisible() {
        SearchResults results = index.search(SearchQuery.builder("").kind("video").build());
        assertThat(results.facet("kind")).contains(new FacetCount("video", "video", 3, true),
                new FacetCount("blog-post", "blog post", 1, false));
        assertThat(results.facet("type")).extracting(FacetCount::value).containsOnly("resource", "segment");
    }

    @Test
    void creatorsAreCountedUnderTheirNames() {
        SearchResults results = index.search(SearchQuery.builder("").build());
        assertThat(results.facet("creator")).contains(new FacetCount("ada-writer", "Ada Writer", 2, false));
    }

    @Test
    void aResourceCountsUnderTheAreasOfTheConceptsItTeaches() {
        SearchResults results = index.search(SearchQuery.builder("").area("efficiency").build());
        assertThat(results.hits()).extracting(Hit::slug).containsExactlyInAnyOrder("low-rank-adaptation", "lora-notes");
    }

    @Test
    void aSelectedValueWithoutHitsIsStillListed() {
        SearchResults results = index.search(SearchQuery.builder("rope").level("advanced").build());
        assertThat(results.hits()).isEmpty();
        assertThat(results.facet("level")).contains(new FacetCount("advanced", "advanced", 0, true));
    }

    @Test
    void theTotalCountsEveryMatchNotOnlyThePage() {
        SearchResults results = index.search(SearchQuery.builder("").limit(1).build());
        assertThat(results.hits()).hasSize(1);
        assertThat(results.total()).isEqualTo(index.size());
    }

    @Test
    void anUnknownCreatorSuggestsTheClosestCreators() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.search(SearchQuery.builder("rope").creator("ada-writr").build()))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.parameter()).isEqualTo("creator"))
                .hasMessageContaining("'ada-writr'").hasMessageContaining("Did you mean 'ada-writer'");
    }
}
