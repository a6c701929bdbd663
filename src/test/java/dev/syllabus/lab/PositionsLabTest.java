package dev.syllabus.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PositionsLabTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void ropeScoresDependOnlyOnTheOffset(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = 2 * (1 + r.nextInt(32));
        double[] q = PositionsLab.gaussian(r, d);
        double[] k = PositionsLab.gaussian(r, d);
        int offset = r.nextInt(50) - 25;
        double reference = PositionsLab.dot(PositionsLab.rotate(q, 0, 10_000), PositionsLab.rotate(k, offset, 10_000));
        for (int m = 1; m < 200; m += 17) {
            double score = PositionsLab.dot(PositionsLab.rotate(q, m, 10_000), PositionsLab.rotate(k, m + offset, 10_000));
            assertThat(score).isCloseTo(reference, within(1e-9));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void ropeIsARotationAndKeepsLengths(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] q = PositionsLab.gaussian(r, 64);
        double[] rotated = PositionsLab.rotate(q, r.nextInt(1000), 10_000);
        assertThat(PositionsLab.dot(rotated, rotated)).isCloseTo(PositionsLab.dot(q, q), within(1e-9));
    }

    @Test
    void theLabShowsRopeSpreadsAtRoundingAndAddedEncodingsSpreadsClearly() {
        PositionsResult r = PositionsLab.run(32, 64, 10_000, 7);
        assertThat(r.offsets()).allSatisfy(o -> assertThat(o.ropeSpread()).isLessThan(1e-9));
        assertThat(r.offsets().stream().filter(o -> o.offset() > 0)).anySatisfy(o -> assertThat(o.addedSpread()).isGreaterThan(0.1));
    }

    @Test
    void theRopeScoreTableIsConstantAlongItsDiagonals() {
        PositionsResult r = PositionsLab.run(16, 32, 10_000, 3);
        for (int m = 0; m + 1 < 16; m++) {
            for (int n = 0; n + 1 < 16; n++) {
                assertThat(r.ropeScores().get(m + 1).get(n + 1)).isCloseTo(r.ropeScores().get(m).get(n), within(1e-9));
            }
        }
    }

    @Test
    void sinusoidalPositionZeroIsAlternatingZeroAndOne() {
        double[] v = PositionsLab.sinusoidal(0, 8, 10_000);
        assertThat(v).containsExactly(0, 1, 0, 1, 0, 1, 0, 1);
    }

    @Test
    void theHeatmapIsOneSvgWithFillsAndNoStyleAttributes() {
        PositionsResult r = PositionsLab.run(64, 128, 10_000, 1);
        String svg = Heatmap.svg(r.sinusoidal(), "Sinusoidal", "dimension", "position");
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("fill=\"#").doesNotContain("style=");
        assertThat(svg.length()).isLessThan(400_000);
    }

    @Test
    void oddDimensionsAndHugeHeatmapsAreRefusedNamingTheCap() {
        assertThatThrownBy(() -> PositionsLab.run(16, 33, 10_000, 1)).hasMessageStartingWith("dimension:").hasMessageContaining("even");
        assertThatThrownBy(() -> PositionsLab.run(100_000, 64, 10_000, 1)).hasMessageStartingWith("positions:").hasMessageContaining("64");
    }
}
