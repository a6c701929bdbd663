package dev.syllabus.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** No query text makes search fail: syntax, length and junk give results or a notice, never an exception. */
class SearchRobustnessTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(SmallKnowledgeBase.build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", "*", "?", "AND", "OR NOT", "\\", "[", "{", "}", "~", "^", "+-!", "/", "&&",
            "||", ":", "***", "\"\"", "()", "*:*", "-", "'", "%", "\u0000", "../..", "\" AND (\""})
    void queryOfOnlySyntaxHasNoHitsAndSaysWhy(String text) {
        SearchResults results = index.search(text);
        assertThat(results.hits()).isEmpty();
        assertThat(results.notices()).anySatisfy(n -> assertThat(n).contains("nothing to search for"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:rope", "rope AND", "(rope", "rope)", "rope*", "\"rope", "rope\"",
            "rope~2", "rope^10", "+rope -masking", "rope OR", "NOT rope", "{rope TO z}", "[rope TO z]", "rope\\", "ROPE"})
    void syntaxAroundAWordIsIgnoredAndTheWordSearched(String text) {
        assertThat(index.search(text).hits()).extracting(Hit::slug).contains("rotary-position-embedding");
    }

    @Test
    void aBlankQueryListsEverythingTheFiltersAllow() {
        SearchResults results = index.search(SearchQuery.builder("  ").kind("video").build());
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.hits()).extracting(Hit::slug).containsOnly("attention-video");
    }

    @Test
    void aTenThousandCharacterQueryIsSearchedByItsFirstWords() {
        String text = "rope " + "positional encoding with rotations ".repeat(300);
        assertThat(text.length()).isGreaterThan(10_000);
        SearchResults results = index.search(text);
        assertThat(results.notices()).anySatisfy(n -> assertThat(n).contains("first " + QueryText.MAX_WORDS + " words"));
        assertThat(results.hits()).extracting(Hit::slug).contains("rotary-position-embedding");
    }

    @Test
    void aTenThousandCharacterWordIsHarmless() {
        assertThatCode(() -> index.search("x".repeat(10_000))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomTextNeverThrows(long seed) {
        Random random = new Random(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyz  \"\"()*:?~^\\/-+!{}[]&|'éß中🙂0123456789";
        for (int i = 0; i < 50; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertThatCode(() -> index.search(text.toString())).as("query %s", text).doesNotThrowAnyException();
            assertThatCode(() -> index.suggest(text.toString(), 5)).as("prefix %s", text).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "🙂", "^2", "'; DROP TABLE hits; --", "\u202e", "%00", "title:"})
    void junkThatHoldsWordsIsSearchedForThoseWords(String text) {
        SearchResults results = index.search(text);
        assertThat(results.hits()).isEmpty();
        assertThat(results.query()).isEqualTo(text);
    }

    @Test
    void anEmptyKnowledgeBaseFindsNothingAndSuggestsNothing() {
        SearchIndex empty = SearchIndex.build(KnowledgeBase.of(List.of()));
        assertThat(empty.search("rope").hits()).isEmpty();
        assertThat(empty.search("").total()).isZero();
        assertThat(empty.suggest("ro", 5)).isEmpty();
    }

    @Test
    void aKnowledgeBaseWithoutSomeKindsOfTextIsSearchable() {
        SearchIndex conceptsOnly = SearchIndex.build(KnowledgeBase.of(SmallKnowledgeBase.entities().stream()
                .filter(e -> e instanceof Concept).toList()));
        assertThat(conceptsOnly.search("rope").hits()).extracting(Hit::slug).containsExactly("rotary-position-embedding");
    }

    @Test
    void aNullQueryIsABlankQuery() {
        assertThat(index.search((String) null).total()).isEqualTo(index.size());
    }
}
