package dev.syllabus.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlugTest {
    @ParameterizedTest
    @ValueSource(strings = {"self-attention", "gpt-2", "3b1b-attention-in-transformers", "t5", "a"})
    void acceptsLowercaseLettersDigitsAndSingleHyphens(String text) {
        assertThat(Slug.isValid(text)).isTrue();
        assertThat(Slug.of(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Self-Attention", "self--attention", "-attention", "attention-", "self_attention", "self attention",
            "gpt.2", "ünïcode"})
    void rejectsAnythingElseAndShowsAnExample(String text) {
        assertThat(Slug.isValid(text)).isFalse();
        assertThatThrownBy(() -> Slug.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "' is not a slug").hasMessageContaining("for example 'self-attention'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAMissingSlug(String text) {
        assertThat(Slug.isValid(text)).isFalse();
        assertThatThrownBy(() -> Slug.of(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 2026})
    void acceptsExactlyWhatTheDocumentedPatternMatches(long seed) {
        Random random = new Random(seed);
        Pattern form = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        String alphabet = "az09-A_ .\u00e9";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Slug.isValid(text.toString())).as("'%s'", text).isEqualTo(form.matcher(text).matches());
        }
    }

    @Test
    void printsAsItsValueAndSortsAlphabetically() {
        assertThat(Slug.of("bert")).hasToString("bert").isLessThan(Slug.of("gpt-2"));
    }
}
