package dev.syllabus.search;

import dev.syllabus.search.QueryText.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTest {
    private final TextAnalysis analysis = new TextAnalysis();

    @Test
    void quotedPhrasesAreKeptWholeBetweenLooseWords() {
        assertThat(QueryText.of("rope \"rotary position\" paper", analysis).parts()).containsExactly(
                new Part("rope ", false), new Part("rotary position", true), new Part(" paper", false));
    }

    @Test
    void anUnmatchedQuoteIsASpace() {
        assertThat(QueryText.of("\"rotary position", analysis).parts()).containsExactly(new Part(" rotary position", false));
    }

    @Test
    void aColonSeparatesWords() {
        assertThat(QueryText.of("title:rope", analysis).text()).isEqualTo("title rope");
    }

    @Test
    void aLongQueryIsCutAfterItsSixteenthWord() {
        QueryText text = QueryText.of("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen seventeen eighteen", analysis);
        assertThat(text.shortened()).isTrue();
        assertThat(text.text()).endsWith("sixteen");
    }

    @Test
    void onlyAnEmptyQueryIsBlank() {
        assertThat(QueryText.of("  ", analysis).isBlank()).isTrue();
        assertThat(QueryText.of(":", analysis).isBlank()).isFalse();
    }
}
