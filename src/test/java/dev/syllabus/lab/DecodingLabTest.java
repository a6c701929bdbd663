package dev.syllabus.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DecodingLabTest {
    private static final List<Candidate> REFERENCE = Logits.parse("logits", "2, 1, 0, -1");
    private static final NGramModel MODEL = NGramModel.train(List.of(
            "the model reads the text and the model writes the text. attention reads every token of the text. "
                    + "the token goes through the model and the model predicts the next token."), 3);

    @Test
    void softmaxAtTemperatureOne() {
        Filtered f = Sampler.filter(REFERENCE, SamplingSettings.PLAIN);
        assertThat(f.rows().stream().mapToDouble(Filtered.Row::probability).toArray())
                .containsExactly(new double[]{0.6439, 0.2369, 0.0871, 0.0321}, within(5e-5));
    }

    /**
     * The figures renormalise the rounded softmax (0.6439 / 0.9679 = 0.6653); the exact values are
     * 0.66524, 0.24473 and 0.09003, so they agree to the fourth decimal within one unit.
     */
    @Test
    void topPointNineKeepsThreeAndRenormalises() {
        Filtered f = Sampler.filter(REFERENCE, new SamplingSettings(1, 0, 0.9, 0));
        assertThat(f.kept()).isEqualTo(3);
        assertThat(f.rows().stream().filter(Filtered.Row::kept).mapToDouble(Filtered.Row::finalProbability).toArray())
                .containsExactly(new double[]{0.6653, 0.2448, 0.0900}, within(1e-4));
    }

    @Test
    void temperatureZeroIsGreedy() {
        Filtered f = Sampler.filter(REFERENCE, new SamplingSettings(0, 0, 1, 0));
        assertThat(f.kept()).isEqualTo(1);
        assertThat(f.rows().get(0).finalProbability()).isEqualTo(1);
    }

    @Test
    void minPDropsTokensBelowAShareOfTheTop() {
        Filtered f = Sampler.filter(REFERENCE, new SamplingSettings(1, 0, 1, 0.1));
        assertThat(f.rows().stream().filter(Filtered.Row::kept).map(Filtered.Row::token)).containsExactly("t1", "t2", "t3");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyFilteredDistributionSumsToOneAndKeepsTheTopToken(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Candidate> logits = randomLogits(r);
        SamplingSettings s = new SamplingSettings(r.nextDouble() * 3, r.nextInt(logits.size() + 1),
                0.05 + r.nextDouble() * 0.95, r.nextDouble() * 0.5);
        Filtered f = Sampler.filter(logits, s);
        assertThat(f.rows().stream().mapToDouble(Filtered.Row::finalProbability).sum()).isCloseTo(1, within(1e-9));
        assertThat(f.rows().stream().mapToDouble(Filtered.Row::probability).sum()).isCloseTo(1, within(1e-9));
        assertThat(f.rows().get(0).kept()).isTrue();
        assertThat(f.kept()).isLessThanOrEqualTo(s.topK() == 0 ? logits.size() : s.topK());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theSameSeedDrawsTheSameTokens(long seed) {
        DecodingLab.Result a = DecodingLab.run(REFERENCE, SamplingSettings.PLAIN, 500, seed);
        DecodingLab.Result b = DecodingLab.run(REFERENCE, SamplingSettings.PLAIN, 500, seed);
        assertThat(a.draws()).isEqualTo(b.draws());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void drawsFollowTheFilteredDistributionAndNeverPickADroppedToken(long seed) {
        DecodingLab.Result r = DecodingLab.run(REFERENCE, new SamplingSettings(1, 0, 0.9, 0), 10_000, seed);
        for (int i = 0; i < r.draws().size(); i++) {
            double expected = r.distribution().rows().get(i).finalProbability();
            assertThat(r.draws().get(i).times() / 10_000.0).isCloseTo(expected, within(0.03));
        }
        assertThat(r.draws().get(3).times()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Generation.Strategy.class)
    void everyStrategyRepeatsWithTheSameSeed(Generation.Strategy strategy) {
        Decoder.Request request = new Decoder.Request(strategy, "the model", SamplingSettings.PLAIN, 8, 3, 4, 0.6, 42);
        assertThat(Decoder.generate(MODEL, request)).isEqualTo(Decoder.generate(MODEL, request));
        assertThat(Decoder.generate(MODEL, request).continuation()).hasSize(8);
    }

    @Test
    void greedyTakesTheMostFrequentContinuation() {
        Generation g = Decoder.generate(MODEL, new Decoder.Request(Generation.Strategy.GREEDY, "reads the", SamplingSettings.PLAIN, 1, 1, 1, 0, 1));
        assertThat(g.continuation()).containsExactly("text");
    }

    @Test
    void contrastiveScoresFollowTheirFormula() {
        Generation g = Decoder.generate(MODEL, new Decoder.Request(Generation.Strategy.CONTRASTIVE, "the", SamplingSettings.PLAIN, 3, 1, 4, 0.6, 1));
        for (Generation.StepTrace step : g.steps()) {
            for (Generation.Choice c : step.candidates()) {
                assertThat(c.score()).isCloseTo(0.4 * c.probability() - 0.6 * c.penalty(), within(1e-12));
            }
            double best = step.candidates().stream().mapToDouble(Generation.Choice::score).max().orElseThrow();
            assertThat(step.candidates().stream().filter(c -> c.token().equals(step.chosen())).findFirst().orElseThrow().score())
                    .isEqualTo(best);
        }
        assertThat(g.scoreFormula()).contains("α");
    }

    @Test
    void contrastiveWithAlphaZeroIsGreedy() {
        Decoder.Request greedy = new Decoder.Request(Generation.Strategy.GREEDY, "the", SamplingSettings.PLAIN, 6, 1, 4, 0, 1);
        Decoder.Request contrastive = new Decoder.Request(Generation.Strategy.CONTRASTIVE, "the", SamplingSettings.PLAIN, 6, 1, 4, 0, 1);
        assertThat(Decoder.generate(MODEL, contrastive).continuation()).isEqualTo(Decoder.generate(MODEL, greedy).continuation());
    }

    @Test
    void beamsAreSortedByLogProbabilityAndTheBestIsReturned() {
        Generation g = Decoder.generate(MODEL, new Decoder.Request(Generation.Strategy.BEAM, "the", SamplingSettings.PLAIN, 5, 4, 1, 0, 1));
        assertThat(g.beams()).hasSizeLessThanOrEqualTo(4).isSortedAccordingTo((a, b) -> Double.compare(b.logProbability(), a.logProbability()));
        assertThat(g.continuation()).isEqualTo(g.beams().get(0).tokens());
    }

    @Test
    void anUnknownPromptBacksOffToWordFrequencies() {
        assertThat(MODEL.next(NGramModel.words("zebra quantum")).matched()).isZero();
    }

    @Test
    void badLogitsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Logits.parse("logits", "2, abc")).isInstanceOf(LabInputException.class)
                .hasMessageStartingWith("logits:").hasMessageContaining("abc");
        assertThatThrownBy(() -> Logits.parse("logits", "NaN")).isInstanceOf(LabInputException.class);
        assertThatThrownBy(() -> Logits.parse("logits", "")).hasMessageContaining("missing");
    }

    @Test
    void aWideBeamIsRefusedNamingTheCap() {
        assertThatThrownBy(() -> new Decoder.Request(Generation.Strategy.BEAM, "the", SamplingSettings.PLAIN, 5, 1000, 1, 0, 1))
                .isInstanceOf(LabInputException.class).hasMessageStartingWith("beam:").hasMessageContaining("8");
    }

    @Test
    void anNGramOrderAboveTheCapIsRefused() {
        assertThatThrownBy(() -> NGramModel.train(List.of("a b c"), 50)).isInstanceOf(LabInputException.class)
                .hasMessageStartingWith("order:").hasMessageContaining("5");
    }

    @Test
    void aNegativeTemperatureIsRefused() {
        assertThatThrownBy(() -> new SamplingSettings(-1, 0, 1, 0)).hasMessageStartingWith("temperature:");
    }

    private static List<Candidate> randomLogits(SplittableRandom r) {
        List<Candidate> out = new ArrayList<>();
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            out.add(new Candidate("w" + i, r.nextDouble() * 20 - 10));
        }
        return out;
    }
}
