package dev.syllabus.lab;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SvgTest {
    /** What the labs' pictures wrote before: the formatter's one decimal, a trailing ".0" dropped. */
    private static String formatted(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void coordinatesAreWrittenAsTheFormatterWroteThem(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            // Coordinates as the heatmap and plots make them: a margin plus a count of cells of a fractional size.
            double cell = Math.max(3, Math.min(8, 512.0 / random.nextInt(1, 600)));
            double v = (random.nextBoolean() ? 34 : 0) + random.nextInt(-600, 600) * cell;
            assertThat(Svg.n(v)).as("%s", v).isEqualTo(formatted(v));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void valuesOfEveryMagnitudeAreWrittenAsTheFormatterWroteThem(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-3, 12));
            assertThat(Svg.n(v)).as("%s", v).isEqualTo(formatted(v).equals("-0") ? "0" : formatted(v));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.15, 0.25, 0.35, 1.45, 2.675, 1.005, 99.95, 999.95, -0.15, -2.25, 0, 7, 1e9 + 0.05})
    void halvesRoundUpOnTheShortestDecimalAsTheFormatterDoes(double v) {
        assertThat(Svg.n(v)).isEqualTo(formatted(v));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.0, -0.04})
    void aNegativeZeroIsWrittenAsZero(double v) {
        assertThat(Svg.n(v)).isEqualTo("0");
    }
}
