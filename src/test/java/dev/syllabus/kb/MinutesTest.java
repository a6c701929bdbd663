package dev.syllabus.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinutesTest {
    @ParameterizedTest(name = "''{0}'' is {1} minutes")
    @CsvSource({"90, 90", "90m, 90", "2h, 120", "1h30m, 90", "1h 56m, 116", "3.5h, 210", "45 min, 45", "2 hours, 120",
            "2hrs, 120", "1H30M, 90", "' 25m ', 25", "0, 0"})
    void readsTheLengthsCuratorsWrite(String text, int minutes) {
        assertThat(Minutes.parse(text)).isEqualTo(Minutes.of(minutes));
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"abc", "h", "m", "-5", "5x", "1h30", "1:30", "two hours"})
    void rejectsTextThatIsNotALengthAndSaysWhatToWrite(String text) {
        assertThatThrownBy(() -> Minutes.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'").hasMessageContaining("write minutes as 90, 90m, 2h, 1h30m or 3.5h");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAMissingLength(String text) {
        assertThatThrownBy(() -> Minutes.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a length");
    }

    @Test
    void rejectsALengthLongerThanAYear() {
        assertThatThrownBy(() -> Minutes.parse("9000h")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than a year");
        assertThatThrownBy(() -> Minutes.parse("99999999999")).isInstanceOf(Minutes.TooLong.class)
                .hasMessageContaining("longer than a year");
    }

    @Test
    void cannotBeNegative() {
        assertThatThrownBy(() -> Minutes.of(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }

    @ParameterizedTest(name = "{0} minutes read ''{1}''")
    @CsvSource({"0, 0m", "45, 45m", "60, 1h", "120, 2h", "116, 1h 56m", "210, 3h 30m"})
    void printsAsAPersonWritesIt(int minutes, String text) {
        assertThat(Minutes.of(minutes)).hasToString(text);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 99_991})
    void printedLengthsReadBackAsTheSameLength(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            Minutes m = Minutes.of(random.nextInt(100_000));
            assertThat(Minutes.parse(m.toString())).as("round trip of %s", m).isEqualTo(m);
        }
    }

    @Test
    void addsAndComparesLengths() {
        assertThat(Minutes.of(45).plus(Minutes.of(75))).isEqualTo(Minutes.parse("2h"));
        assertThat(Minutes.of(30)).isLessThan(Minutes.of(31));
        assertThat(Minutes.of(90).hours()).isEqualTo(1.5);
    }

    @Test
    void sumsSaturateAtTheLargestLengthInsteadOfFailing() {
        Minutes year = Minutes.of(365 * 24 * 60);
        assertThat(year.plus(Minutes.of(1))).isEqualTo(year);
    }
}
