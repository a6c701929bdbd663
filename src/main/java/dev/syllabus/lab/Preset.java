package dev.syllabus.lab;

import java.util.Arrays;
import java.util.List;

/**
 * Published model shapes to start the parameter counter from, with the count their authors or libraries report, so a
 * learner can see the formula reproduce a known number.
 */
public enum Preset {
    GPT2_SMALL("GPT-2 small", ModelShape.gpt2(768, 12, 12)),
    GPT2_MEDIUM("GPT-2 medium", ModelShape.gpt2(1024, 24, 16)),
    GPT2_LARGE("GPT-2 large", ModelShape.gpt2(1280, 36, 20)),
    GPT2_XL("GPT-2 XL", ModelShape.gpt2(1600, 48, 25)),
    GPT3("GPT-3 175B", new ModelShape(ModelShape.Architecture.DECODER, 50_257, 2_048, 12_288, 96, 96, 4 * 12_288, true,
            true, ModelShape.Norm.LAYERNORM, ModelShape.Positions.LEARNED, ModelShape.Mlp.GELU)),
    BERT_BASE("BERT base", new ModelShape(ModelShape.Architecture.ENCODER, 30_522, 512, 768, 12, 12, 3_072, true, true,
            ModelShape.Norm.LAYERNORM, ModelShape.Positions.LEARNED, ModelShape.Mlp.GELU)),
    LLAMA2_7B("Llama 2 7B", new ModelShape(ModelShape.Architecture.DECODER, 32_000, 4_096, 4_096, 32, 32, 11_008, false,
            false, ModelShape.Norm.RMSNORM, ModelShape.Positions.ROTARY, ModelShape.Mlp.SWIGLU));

    private final String label;
    private final ModelShape shape;

    Preset(String label, ModelShape shape) {
        this.label = label;
        this.shape = shape;
    }

    public String label() {
        return label;
    }

    public ModelShape shape() {
        return shape;
    }

    public String id() {
        return Fields.Choices.id(this);
    }

    public static List<Preset> all() {
        return Arrays.asList(values());
    }
}
