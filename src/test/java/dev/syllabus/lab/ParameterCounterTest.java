package dev.syllabus.lab;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterCounterTest {
    @ParameterizedTest(name = "{0} has {1} parameters")
    @CsvSource({"GPT2_SMALL, 124439808", "GPT2_MEDIUM, 354823168", "GPT2_LARGE, 774030080", "GPT2_XL, 1557611200",
            "BERT_BASE, 109482240", "LLAMA2_7B, 6738415616"})
    void presetsReproduceTheirPublishedCounts(Preset preset, long published) {
        assertThat(ParameterCounter.count(preset.shape()).total()).isEqualTo(published);
    }

    @Test
    void oneGpt3HeadHasFourMapsOf12288By128() {
        ParameterCount gpt3 = ParameterCounter.count(Preset.GPT3.shape());
        assertThat(gpt3.headDim()).isEqualTo(128);
        assertThat(gpt3.headMaps()).isEqualTo(6_291_456);
    }

    @Test
    void theRuleOfThumbIsTwelveLayersTimesWidthSquared() {
        ParameterCount small = ParameterCounter.count(Preset.GPT2_SMALL.shape());
        assertThat(small.ruleOfThumb()).isEqualTo(12L * 12 * 768 * 768);
        assertThat(small.ruleShare()).isBetween(0.6, 0.7);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theTotalIsTheSumOfItsComponents(long seed) {
        ModelShape shape = randomShape(new SplittableRandom(seed));
        ParameterCount count = ParameterCounter.count(shape);
        assertThat(count.components().stream().mapToLong(ParameterCount.Component::count).sum()).isEqualTo(count.total());
        assertThat(count.components()).allSatisfy(c -> assertThat(c.count()).isPositive());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void eachLayerAddsTheSameNumberOfParameters(long seed) {
        ModelShape s = randomShape(new SplittableRandom(seed));
        long one = ParameterCounter.count(withLayers(s, 1)).total();
        long two = ParameterCounter.count(withLayers(s, 2)).total();
        long five = ParameterCounter.count(withLayers(s, 5)).total();
        assertThat(five - one).isEqualTo(4 * (two - one));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24})
    void untyingTheEmbeddingsAddsExactlyOneVocabularyByWidthMatrix(long seed) {
        ModelShape s = randomShape(new SplittableRandom(seed));
        ModelShape tied = new ModelShape(ModelShape.Architecture.DECODER, s.vocab(), s.context(), s.width(), s.layers(),
                s.heads(), s.ffn(), true, s.biases(), s.norm(), s.positions(), s.mlp());
        ModelShape untied = new ModelShape(ModelShape.Architecture.DECODER, s.vocab(), s.context(), s.width(), s.layers(),
                s.heads(), s.ffn(), false, s.biases(), s.norm(), s.positions(), s.mlp());
        assertThat(ParameterCounter.count(untied).total() - ParameterCounter.count(tied).total())
                .isEqualTo((long) s.vocab() * s.width());
    }

    @Test
    void negativeWidthIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new ModelShape(ModelShape.Architecture.DECODER, 50257, 1024, -768, 12, 12, 3072, true,
                true, ModelShape.Norm.LAYERNORM, ModelShape.Positions.LEARNED, ModelShape.Mlp.GELU))
                .isInstanceOf(LabInputException.class).hasMessageContaining("width").hasMessageContaining("100,000");
    }

    @Test
    void headsThatDoNotDivideTheWidthAreRefusedWithANearbyDivisor() {
        assertThatThrownBy(() -> ModelShape.gpt2(768, 12, 7)).isInstanceOf(LabInputException.class)
                .hasMessageContaining("heads").hasMessageContaining("try 6");
    }

    @Test
    void theLargestShapeIsCountedWithoutOverflow() {
        ModelShape huge = new ModelShape(ModelShape.Architecture.DECODER, ModelShape.MAX_VOCAB, ModelShape.MAX_CONTEXT,
                ModelShape.MAX_WIDTH, ModelShape.MAX_LAYERS, 1, ModelShape.MAX_FFN, false, true,
                ModelShape.Norm.LAYERNORM, ModelShape.Positions.LEARNED, ModelShape.Mlp.SWIGLU);
        assertThat(ParameterCounter.count(huge).total()).isPositive();
    }

    private static ModelShape withLayers(ModelShape s, int layers) {
        return new ModelShape(s.architecture(), s.vocab(), s.context(), s.width(), layers, s.heads(), s.ffn(), s.tied(),
                s.biases(), s.norm(), s.positions(), s.mlp());
    }

    static ModelShape randomShape(SplittableRandom r) {
        int heads = 1 + r.nextInt(32);
        int width = heads * (1 + r.nextInt(128));
        return new ModelShape(r.nextBoolean() ? ModelShape.Architecture.DECODER : ModelShape.Architecture.ENCODER,
                1 + r.nextInt(200_000), 1 + r.nextInt(8192), width, 1 + r.nextInt(100), heads, 1 + r.nextInt(20_000),
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean() ? ModelShape.Norm.LAYERNORM : ModelShape.Norm.RMSNORM,
                r.nextBoolean() ? ModelShape.Positions.LEARNED : ModelShape.Positions.ROTARY,
                r.nextBoolean() ? ModelShape.Mlp.GELU : ModelShape.Mlp.SWIGLU);
    }
}
