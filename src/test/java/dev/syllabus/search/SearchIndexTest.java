package dev.syllabus.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a learner gets back for the kinds of query they type, over {@link SmallKnowledgeBase}. */
class SearchIndexTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(SmallKnowledgeBase.build());
    }

    private static List<String> ids(String text) {
        return index.rankedIds(SearchQuery.of(text));
    }

    @Test
    void aConceptsNameFindsTheConceptFirst() {
        assertThat(ids("causal masking")).first().isEqualTo("causal-masking");
    }

    @Test
    void anAliasFindsTheConceptAndWhatTeachesIt() {
        assertThat(ids("rope")).startsWith("rotary-position-embedding", "rope-post");
    }

    @Test
    void anAcronymFromTheCuratedListFindsTheSpelledOutName() {
        assertThat(ids("lora")).contains("low-rank-adaptation", "lora-notes");
    }

    @Test
    void aMisspellingOfFiveLettersOrMoreIsCorrectedAndSaidSo() {
        SearchResults results = index.search("chinchila");
        assertThat(results.searchedFor()).isEqualTo("chinchilla");
        assertThat(results.notices()).anySatisfy(n -> assertThat(n).contains("chinchilla", "chinchila"));
        assertThat(ids("chinchila")).contains("compute-optimal-scaling", "chinchilla-paper");
    }

    @Test
    void aWordShorterThanFiveLettersIsNotCorrected() {
        SearchResults results = index.search("ropr");
        assertThat(results.searchedFor()).isEqualTo("ropr");
        assertThat(results.hits()).isEmpty();
    }

    @Test
    void aSegmentIsAHitOfItsOwnThatOpensTheVideoAtItsStart() {
        Hit hit = index.search("minus infinity before the softmax").hits().get(0);
        assertThat(hit.type()).isEqualTo("segment");
        assertThat(hit.slug()).isEqualTo("attention-video");
        assertThat(hit.title()).isEqualTo("Attention, step by step (at 11:08)");
        assertThat(hit.deepLink()).isEqualTo("https://youtube.com/watch?v=eMlx5fFNoYc&t=668s");
        assertThat(hit.url()).isEqualTo("https://youtube.com/watch?v=eMlx5fFNoYc");
    }

    @Test
    void aGuidesPickNoteFindsTheSegmentItPointsAt() {
        assertThat(ids("future positions hidden")).first().isEqualTo("attention-video@11:08");
    }

    @Test
    void aQuotedPhraseMatchesOnlyAsWritten() {
        assertThat(ids("\"weights of one head\"")).containsExactly("attention-video@15:44", "attention-video");
        assertThat(ids("\"one head of weights\"")).isEmpty();
    }

    @Test
    void aCreatorsAliasFindsWhatTheyMade() {
        assertThat(ids("jane doe")).contains("demo-channel", "attention-video");
    }

    @Test
    void aNaturalQuestionSearchesItsContentWords() {
        assertThat(ids("why do models need rotary embeddings")).first().isIn("rotary-position-embedding", "rope-post");
    }

    @Test
    void theSnippetMarksTheMatchedWordsAndEscapesTheRest() {
        Hit post = index.search("relative").hits().stream().filter(h -> h.slug().equals("rope-post")).findFirst().orElseThrow();
        assertThat(post.snippet()).contains("<mark>relative</mark>", "&lt;b&gt;", "&amp;").doesNotContain("<b>");
        assertThat(post.plainSnippet()).contains("[relative]", "<b>", "&");
    }

    @Test
    void aHitThatMatchedOnlyItsTitleShowsItsSummaryUnmarked() {
        Hit concept = index.search("compute-optimal").hits().get(0);
        assertThat(concept.slug()).isEqualTo("compute-optimal-scaling");
        assertThat(concept.snippet()).isEqualTo("Model size and training tokens should grow together.");
    }

    @Test
    void offsetPagesThroughTheSameRanking() {
        List<String> all = index.rankedIds(SearchQuery.builder("attention").limit(4).build());
        List<String> second = index.rankedIds(SearchQuery.builder("attention").limit(2).offset(2).build());
        assertThat(second).isEqualTo(all.subList(2, Math.min(4, all.size())));
    }

    @Test
    void everyDocumentHasAnIdAndSegmentsAreCountedApart() {
        assertThat(index.documentIds()).contains("attention-video", "attention-video@11:08", "attention-video@15:44",
                "causal-masking", "demo-channel", "demo-guide", "chinchilla-paper");
        assertThat(index.size()).isEqualTo(SmallKnowledgeBase.entities().size() + 2);
    }
}
