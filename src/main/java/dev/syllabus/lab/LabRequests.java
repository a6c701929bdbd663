package dev.syllabus.lab;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Runs each lab from its inputs as text (a form, a query string, or the CLI's options collected by name), so the
 * web and the command line read, default and refuse inputs in exactly the same way.
 */
public final class LabRequests {
    private LabRequests() {
    }

    public static ParameterCount params(Fields f) {
        ModelShape p = f.choice("preset", Preset.class, Preset.GPT2_SMALL).shape();
        int width = (int) Bounds.whole("width", f.whole("width", p.width()), 1, ModelShape.MAX_WIDTH);
        long ffnFallback = f.text("width").isPresent() && f.text("preset").isEmpty() ? 4L * width : p.ffn();
        return ParameterCounter.count(new ModelShape(
                f.choice("architecture", ModelShape.Architecture.class, p.architecture()),
                (int) Bounds.whole("vocab", f.whole("vocab", p.vocab()), 1, ModelShape.MAX_VOCAB),
                (int) Bounds.whole("context", f.whole("context", p.context()), 1, ModelShape.MAX_CONTEXT),
                width,
                (int) Bounds.whole("layers", f.whole("layers", p.layers()), 1, ModelShape.MAX_LAYERS),
                (int) Bounds.whole("heads", f.whole("heads", p.heads()), 1, width),
                (int) Bounds.whole("ffn", f.whole("ffn", ffnFallback), 1, ModelShape.MAX_FFN),
                f.flag("tied", p.tied()), f.flag("biases", p.biases()),
                f.choice("norm", ModelShape.Norm.class, p.norm()),
                f.choice("positions", ModelShape.Positions.class, p.positions()),
                f.choice("mlp", ModelShape.Mlp.class, p.mlp())));
    }

    public static ScalingResult scaling(Fields f) {
        return ScalingLab.run(f.number("params", 70e9), f.number("tokens", 1.4e12), f.number("compute", 0));
    }

    public static List<Tokenization> tokenize(Fields f) {
        return TokenizerLab.encodeAll(f.raw("text").orElse("Hello world!"));
    }

    /** The encoding whose tokens the page lists. */
    public static TokenizerLab.Name encoding(Fields f) {
        return f.text("encoding").map(v -> TokenizerLab.Name.of("encoding", v)).orElse(TokenizerLab.Name.CL100K_BASE);
    }

    public static BpeRun bpe(Fields f) {
        String text = f.raw("text").orElse("low lower lowest newer newest wider widest low slow slower");
        return BpeTrainer.train(text, (int) Bounds.whole("merges", f.whole("merges", 10), 1, BpeTrainer.MAX_MERGES));
    }

    /** {@code models} gives the n-gram model of an order, trained on the knowledge base, only when one is asked for. */
    public static DecodeAnswer decode(Fields f, IntFunction<NGramModel> models) {
        SamplingSettings s = new SamplingSettings(f.number("temperature", 1),
                (int) Bounds.whole("top-k", f.whole("top-k", 0), 0, Logits.MAX_TOKENS),
                f.number("top-p", 1), f.number("min-p", 0));
        long seed = f.whole("seed", 1);
        String source = f.text("source").orElse("logits").trim();
        if (source.equals("logits")) {
            List<Candidate> logits = Logits.parse("logits", f.raw("logits").orElse("2, 1, 0, -1"));
            int samples = (int) Bounds.whole("samples", f.whole("samples", 1000), 0, DecodingLab.MAX_SAMPLES);
            return new DecodeAnswer(source, DecodingLab.run(logits, s, samples, seed), null, null);
        }
        if (!source.equals("ngram")) {
            throw new LabInputException("source", "must be logits or ngram, got '" + source + "'");
        }
        int order = (int) Bounds.whole("order", f.whole("order", 3), 1, NGramModel.MAX_ORDER);
        Generation.Strategy strategy = f.choice("strategy", Generation.Strategy.class, Generation.Strategy.GREEDY);
        Decoder.Request request = new Decoder.Request(strategy, f.raw("prompt").orElse("the attention"), s,
                (int) Bounds.whole("steps", f.whole("steps", 12), 1, Decoder.MAX_STEPS),
                (int) Bounds.whole("beam", f.whole("beam", 3), 1, Decoder.MAX_BEAM),
                (int) Bounds.whole("k", f.whole("k", 4), 1, Decoder.MAX_K), f.number("alpha", 0.6), seed);
        NGramModel model = models.apply(order);
        NGramModel.Next next = model.next(NGramModel.words(request.prompt()));
        return new DecodeAnswer(source, null, new DecodeAnswer.NGramNext(order, model.vocabulary(), next.matched(),
                Sampler.filter(next.candidates(), s)), Decoder.generate(model, request));
    }

    public static PositionsResult positions(Fields f) {
        return PositionsLab.run((int) Bounds.whole("positions", f.whole("positions", 32), 2, PositionsLab.MAX_POSITIONS),
                (int) Bounds.whole("dimension", f.whole("dimension", 64), 2, PositionsLab.MAX_DIMENSION),
                f.number("base", 10_000), f.whole("seed", 1));
    }
}
