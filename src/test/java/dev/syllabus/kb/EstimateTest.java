package dev.syllabus.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EstimateTest {
    @ParameterizedTest(name = "''{0}'' is {1}-{2} minutes")
    @CsvSource({"2h, 120, 120", "~2h, 120, 120", "10h-15h, 600, 900", "10-15h, 600, 900", "10–15h, 600, 900",
            "' ~ 4h ', 240, 240", "30m-1h, 30, 60", "40-60 hours, 2400, 3600", "2-3 hours, 120, 180", "20-30m, 20, 30"})
    void readsOneLengthOrARange(String text, int low, int high) {
        Estimate e = Estimate.parse(text);
        assertThat(e.low()).isEqualTo(Minutes.of(low));
        assertThat(e.high()).isEqualTo(Minutes.of(high));
    }

    @Test
    void aRangeThatRunsBackwardsIsRejectedWithTheFix() {
        assertThatThrownBy(() -> Estimate.parse("15h-10h")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs backwards").hasMessageContaining("smaller length first");
    }

    @Test
    void aRangeWithABadBoundIsRejected() {
        assertThatThrownBy(() -> Estimate.parse("10h-lots")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lots' is not a length");
    }

    @Test
    void printsARangeAsARangeAndOneLengthAsApproximate() {
        assertThat(Estimate.parse("10h-15h")).hasToString("10h-15h");
        assertThat(Estimate.parse("2h")).hasToString("~2h");
    }

    @Test
    void printedEstimatesReadBackUnchanged() {
        for (String text : new String[] {"10h-15h", "~2h", "1h 30m-2h", "~45m"}) {
            Estimate e = Estimate.parse(text);
            assertThat(Estimate.parse(e.toString())).isEqualTo(e);
        }
    }

    @Test
    void knowsItsMiddleAndWhatItContains() {
        Estimate e = Estimate.parse("10h-15h");
        assertThat(e.isRange()).isTrue();
        assertThat(e.midpoint()).isEqualTo(Minutes.parse("12h30m"));
        assertThat(e.contains(Minutes.parse("10h"))).isTrue();
        assertThat(e.contains(Minutes.parse("15h"))).isTrue();
        assertThat(e.contains(Minutes.parse("15h 1m"))).isFalse();
        assertThat(Estimate.parse("~2h").isRange()).isFalse();
    }
}
