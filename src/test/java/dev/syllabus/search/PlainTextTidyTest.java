package dev.syllabus.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PlainText#tidy} gives what the two regular expressions it replaces gave, on 20,000 random mixes of whitespace. */
class PlainTextTidyTest {
    private static final char[] ALPHABET = {'a', 'b', ' ', ' ', '\t', '\n', '\n', '\r', '\f', '\013', '\u00a0', '\u2003', '.'};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void tidyAgreesWithTheRegularExpressionsOnRandomText(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String expected = text.toString().replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n");
            assertThat(PlainText.tidy(text)).as("tidy of '%s'", text.toString().replace("\n", "\\n")).isEqualTo(expected);
        }
    }
}
