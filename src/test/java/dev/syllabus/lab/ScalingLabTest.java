package dev.syllabus.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScalingLabTest {
    @Test
    void chinchillaAt70BParametersOn1point4TTokensPredicts1point9366() {
        assertThat(LossFit.CHINCHILLA.loss(70e9, 1.4e12)).isCloseTo(1.9366, within(5e-5));
    }

    @Test
    void computeIsSixTimesParametersTimesTokens() {
        assertThat(ScalingLab.run(70e9, 1.4e12, 0).compute()).isEqualTo(6 * 70e9 * 1.4e12);
    }

    @Test
    void theTwentyTokenRuleSpendsTheBudgetOnTwentyTokensPerParameter() {
        ScalingResult r = ScalingLab.run(70e9, 1.4e12, 0);
        assertThat(r.twentyTokens().params()).isCloseTo(70e9, within(1e3));
        assertThat(r.twentyTokens().tokensPerParam()).isCloseTo(20, within(1e-9));
    }

    @Test
    void theReplicationPutsChinchillasBudgetNearTwentyTokensPerParameterAndTheOriginalFitDoesNot() {
        ScalingResult r = ScalingLab.run(70e9, 1.4e12, 0);
        double original = r.fits().get(0).optimum().tokensPerParam();
        double refit = r.fits().get(1).optimum().tokensPerParam();
        assertThat(refit).isBetween(15.0, 35.0);
        assertThat(Math.abs(original - 20)).isGreaterThan(Math.abs(refit - 20));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theOptimumHasTheLowestLossOnItsIsoFlopCurve(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double compute = Math.pow(10, 18 + random.nextDouble() * 8);
        for (LossFit fit : ScalingLab.FITS) {
            double n = fit.optimalParams(compute);
            double best = fit.loss(n, compute / (6 * n));
            for (double factor : new double[]{0.5, 0.9, 0.99, 1.01, 1.1, 2}) {
                double m = n * factor;
                assertThat(fit.loss(m, compute / (6 * m))).isGreaterThan(best);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9, 10})
    void moreParametersOrTokensNeverRaiseThePredictedLoss(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double n = Math.pow(10, 6 + random.nextDouble() * 6);
        double d = Math.pow(10, 8 + random.nextDouble() * 5);
        for (LossFit fit : ScalingLab.FITS) {
            assertThat(fit.loss(2 * n, d)).isLessThan(fit.loss(n, d));
            assertThat(fit.loss(n, 2 * d)).isLessThan(fit.loss(n, d));
            assertThat(fit.loss(n, d)).isGreaterThan(fit.e());
        }
    }

    @Test
    void tenToTheThirtyTokensIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ScalingLab.run(70e9, 1e30, 0)).isInstanceOf(LabInputException.class)
                .hasMessageStartingWith("tokens:").hasMessageContaining("1.000e16");
    }

    @Test
    void negativeParametersAreRefused() {
        assertThatThrownBy(() -> ScalingLab.run(-5, 1e9, 0)).isInstanceOf(LabInputException.class)
                .hasMessageStartingWith("params:");
    }

    @Test
    void nanIsRefused() {
        assertThatThrownBy(() -> ScalingLab.run(Double.NaN, 1e9, 0)).isInstanceOf(LabInputException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void thePlotMarksBothOptimaAndIsOneSvg() {
        String svg = ScalingPlot.svg(ScalingLab.run(70e9, 1.4e12, 0));
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("Chinchilla", "Epoch", "your N");
        assertThat(svg.split("<circle").length - 1).isEqualTo(2);
    }
}
