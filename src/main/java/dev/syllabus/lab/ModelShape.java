package dev.syllabus.lab;

/**
 * The hyperparameters that decide a transformer's parameter count. Construction checks every bound, so a shape that
 * exists can be counted exactly in a {@code long} (the largest is about 10^14 parameters).
 */
public record ModelShape(Architecture architecture, int vocab, int context, int width, int layers, int heads, int ffn,
                         boolean tied, boolean biases, Norm norm, Positions positions, Mlp mlp) {
    /** Decoder-only (GPT) or encoder-only (BERT, with token types, an embedding norm and a pooler). */
    public enum Architecture { DECODER, ENCODER }

    /** LayerNorm has a gain and a bias per feature, RMSNorm only a gain. */
    public enum Norm { LAYERNORM, RMSNORM }

    /** Learned absolute positions are a table of context × width; rotary ones have no parameters. */
    public enum Positions { LEARNED, ROTARY }

    /** A GELU MLP has two matrices (up, down); a SwiGLU one three (gate, up, down). */
    public enum Mlp { GELU, SWIGLU }

    public static final int MAX_VOCAB = 10_000_000;
    public static final int MAX_CONTEXT = 10_000_000;
    public static final int MAX_WIDTH = 100_000;
    public static final int MAX_LAYERS = 1_000;
    public static final int MAX_FFN = 1_000_000;

    public ModelShape {
        Bounds.whole("vocab", vocab, 1, MAX_VOCAB);
        Bounds.whole("context", context, 1, MAX_CONTEXT);
        Bounds.whole("width", width, 1, MAX_WIDTH);
        Bounds.whole("layers", layers, 1, MAX_LAYERS);
        Bounds.whole("heads", heads, 1, width);
        Bounds.whole("ffn", ffn, 1, MAX_FFN);
        if (width % heads != 0) {
            throw new LabInputException("heads", "must divide the width (" + width + ") so every head has the same "
                    + "size, got " + heads + "; try " + divisorNear(width, heads));
        }
    }

    /** GPT-2's shape at a width, depth and head count: vocabulary 50,257, context 1,024, MLP four times as wide. */
    public static ModelShape gpt2(int width, int layers, int heads) {
        return new ModelShape(Architecture.DECODER, 50_257, 1_024, width, layers, heads, 4 * width, true, true,
                Norm.LAYERNORM, Positions.LEARNED, Mlp.GELU);
    }

    public int headDim() {
        return width / heads;
    }

    private static int divisorNear(int width, int heads) {
        for (int d = 0; ; d++) {
            if (heads - d >= 1 && width % (heads - d) == 0) {
                return heads - d;
            }
            if (heads + d <= width && width % (heads + d) == 0) {
                return heads + d;
            }
        }
    }
}
