package dev.syllabus.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimestampTest {
    @ParameterizedTest(name = "''{0}'' is {1}s")
    @CsvSource({"11:08, 668", "0:59, 59", "1:30:00, 5400", "2:07:28, 7648", "187s, 187", "187, 187", "1h2m3s, 3723",
            "3m7s, 187", "' 15:44 ', 944"})
    void readsClockTimesAndSeconds(String text, int seconds) {
        assertThat(Timestamp.parse(text).seconds()).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"11:8", "1:75", "60:00", "abc", "1:2:3:4", "-5", "11.08", "1234567890123", "99999999999"})
    void rejectsTextThatIsNotATimestampAndSaysHowToWriteOne(String text) {
        assertThatThrownBy(() -> Timestamp.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "' is not a timestamp").hasMessageContaining("m:ss or h:mm:ss");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAMissingTimestamp(String text) {
        assertThatThrownBy(() -> Timestamp.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a timestamp");
    }

    @Test
    void cannotBeNegative() {
        assertThatThrownBy(() -> new Timestamp(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}s prints as {1}")
    @CsvSource({"0, 0:00", "59, 0:59", "668, 11:08", "3600, 1:00:00", "7648, 2:07:28"})
    void printsAsVideoPlayersShowIt(int seconds, String text) {
        assertThat(new Timestamp(seconds)).hasToString(text);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 2024, 65_537})
    void printedTimestampsReadBackUnchanged(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            Timestamp t = new Timestamp(random.nextInt(100 * 3600));
            assertThat(Timestamp.parse(t.toString())).as("round trip of %s", t).isEqualTo(t);
        }
    }

    @Test
    void measuresTheMinutesToALaterTimestampRoundedToTheNearestMinute() {
        assertThat(Timestamp.parse("11:08").until(Timestamp.parse("18:21"))).isEqualTo(Minutes.of(7));
        assertThat(Timestamp.parse("0:00").until(Timestamp.parse("0:31"))).isEqualTo(Minutes.of(1));
        assertThat(Timestamp.parse("5:00").until(Timestamp.parse("1:00"))).isEqualTo(Minutes.ZERO);
    }

    @Test
    void ordersByPosition() {
        assertThat(Timestamp.parse("59:59")).isLessThan(Timestamp.parse("1:00:00"));
    }
}
