package dev.syllabus.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {
    private final TextAnalysis analysis = new TextAnalysis();
    private final Snippets snippets = new Snippets(analysis);

    private static SearchDocument withText(Map<Field, List<String>> text) {
        SearchDocument.Target target = new SearchDocument.Target(HitType.CONCEPT, "doc", "Doc", "concept", List.of(), null, null, null);
        return new SearchDocument(target, text, List.of(), SearchDocument.Links.NONE, Map.of(), 1f);
    }

    private String snippet(Set<String> terms, Map<Field, List<String>> text) {
        return snippets.of(terms, List.of(withText(text))).get(0);
    }

    private Set<String> termsOf(String words) {
        return Set.copyOf(analysis.indexTokens(words).stream().map(TextAnalysis.Token::term).toList());
    }

    @Test
    void theMatchedWordIsMarkedAsWritten() {
        String text = snippet(termsOf("attention"), Map.of(Field.SUMMARY, List.of("Attention weighs tokens; self-attending layers stack.")));
        assertThat(text).isEqualTo("<mark>Attention</mark> weighs tokens; self-attending layers stack.");
    }

    @Test
    void aPassageFarIntoTheTextStartsAtItsSentenceWithAnEllipsis() {
        String filler = "Plain words about something else entirely, repeated to push the match along. ".repeat(4);
        String text = snippet(termsOf("rotary"), Map.of(Field.SUMMARY, List.of(filler + "Rotary embeddings turn pairs of dimensions.")));
        assertThat(text).startsWith("… <mark>Rotary</mark> embeddings");
    }

    @Test
    void aLongTextIsCutAtAWordWithAnEllipsis() {
        String text = snippet(termsOf("decoding"), Map.of(Field.NOTES, List.of("Decoding " + "picks the next token again and again ".repeat(10))));
        assertThat(text).startsWith("<mark>Decoding</mark> picks").endsWith(" …").hasSizeLessThan(Snippets.LENGTH + 30);
    }

    @Test
    void theSummaryIsPreferredToTheBodyAndTheBodyUsedWhenOnlyItMatches() {
        Map<Field, List<String>> both = Map.of(Field.SUMMARY, List.of("A short summary of decoding."), Field.BODY, List.of("The body on decoding."));
        Map<Field, List<String>> bodyOnly = Map.of(Field.SUMMARY, List.of("A short summary."), Field.BODY, List.of("The body on decoding."));
        assertThat(snippet(termsOf("decoding"), both)).isEqualTo("A short summary of <mark>decoding</mark>.");
        assertThat(snippet(termsOf("decoding"), bodyOnly)).isEqualTo("The body on <mark>decoding</mark>.");
    }

    @Test
    void textIsEscapedAroundTheMarks() {
        assertThat(snippet(termsOf("softmax"), Map.of(Field.SUMMARY, List.of("<b>softmax</b> & friends"))))
                .isEqualTo("&lt;b&gt;<mark>softmax</mark>&lt;/b&gt; &amp; friends");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = snippet(termsOf("attention"), Map.of(Field.SUMMARY, List.of("attention" + "\uD83D\uDE00".repeat(100))));
        assertThat(text.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
                .isEqualTo(text.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
    }
}
