package dev.syllabus.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {
    @ParameterizedTest(name = "{0} -> {1} takes {2} edits")
    @CsvSource({"kitten, sitting, 3", "attention, attention, 0", "'', abc, 3", "abc, '', 3", "lora, lroa, 2",
            "covers, cover, 1", "bert, gpt, 3"})
    void countsInsertionsDeletionsAndSubstitutions(String a, String b, int edits) {
        assertThat(EditDistance.between(a, b)).isEqualTo(edits);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 17, 4242})
    void isAMetric(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 100; i++) {
            String a = word(random);
            String b = word(random);
            String c = word(random);
            assertThat(EditDistance.between(a, b)).isEqualTo(EditDistance.between(b, a));
            assertThat(EditDistance.between(a, c)).isLessThanOrEqualTo(EditDistance.between(a, b) + EditDistance.between(b, c));
            assertThat(EditDistance.between(a, b)).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
        }
    }

    @Test
    void suggestsTheClosestCandidatesBestFirst() {
        List<String> fields = List.of("title", "kind", "creators", "covers", "segments", "length");
        assertThat(EditDistance.closest("cover", fields, 3)).containsExactly("covers");
        assertThat(EditDistance.closest("lenght", fields, 1)).containsExactly("length");
    }

    @Test
    void aCandidateContainingTheWantedTextCountsAsClose() {
        assertThat(EditDistance.closest("attention", List.of("self-attention", "multi-head-attention", "tokenization"), 5))
                .containsExactly("self-attention", "multi-head-attention");
    }

    @Test
    void breaksTiesByLengthThenAlphabetically() {
        assertThat(EditDistance.closest("gpt", List.of("gpt-3", "gpt-2", "gpt-1-long"), 3)).containsExactly("gpt-2", "gpt-3", "gpt-1-long");
    }

    @Test
    void comparesIgnoringCaseButReturnsTheCandidateAsWritten() {
        assertThat(EditDistance.closest("BERT", List.of("Bert"), 1)).containsExactly("Bert");
    }

    @Test
    void suggestsNothingWhenEverythingIsFarAway() {
        assertThat(EditDistance.closest("transformer", List.of("tokenization", "rlhf"), 3)).isEmpty();
    }

    @Test
    void listsEachCandidateOnceAndRespectsTheLimit() {
        assertThat(EditDistance.closest("gpt", List.of("gpt-2", "gpt-2", "gpt-3", "gpt-4"), 2)).containsExactly("gpt-2", "gpt-3");
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(4)));
        }
        return b.toString();
    }
}
