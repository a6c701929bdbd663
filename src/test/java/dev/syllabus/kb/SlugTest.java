package dev.syllabus.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void printsAsItsValueAndSortsAlphabetically() {
        assertThat(Slug.of("bert")).hasToString("bert").isLessThan(Slug.of("gpt-2"));
    }
}
