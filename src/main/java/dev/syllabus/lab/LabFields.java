package dev.syllabus.lab;

import java.util.List;

/** The inputs of each lab, with their defaults and bounds in words; {@link Lab} holds one list per lab. */
final class LabFields {
    private LabFields() {
    }

    static List<LabField> params() {
        return List.of(
                LabField.choice("preset", "Start from", "A published model whose shape fills the other fields; a field you set wins.",
                        "gpt2-small", Preset.all().stream().map(Preset::id).toList()),
                LabField.choice("architecture", "Architecture", "decoder (GPT) or encoder (BERT).", "", List.of("decoder", "encoder")),
                LabField.of("vocab", "Vocabulary", "Tokens in the vocabulary, 1 to 10,000,000.", ""),
                LabField.of("context", "Context", "Positions, 1 to 10,000,000 (a table only with learned positions).", ""),
                LabField.of("width", "Width d", "Model width d_model, 1 to 100,000.", ""),
                LabField.of("layers", "Layers L", "Transformer blocks, 1 to 1,000.", ""),
                LabField.of("heads", "Heads", "Attention heads; must divide the width.", ""),
                LabField.of("ffn", "MLP width", "Hidden width of the MLP, 1 to 1,000,000 (GPT: 4 × width).", ""),
                LabField.choice("tied", "Tied embeddings", "yes: the output head reuses the token embeddings.", "", List.of("yes", "no")),
                LabField.choice("biases", "Biases", "yes: linear layers have biases.", "", List.of("yes", "no")),
                LabField.choice("norm", "Norm", "layernorm (gain and bias) or rmsnorm (gain).", "", List.of("layernorm", "rmsnorm")),
                LabField.choice("positions", "Positions", "learned (a table) or rotary (no parameters).", "", List.of("learned", "rotary")),
                LabField.choice("mlp", "MLP", "gelu (two matrices) or swiglu (three).", "", List.of("gelu", "swiglu")));
    }

    static List<LabField> scaling() {
        return List.of(
                LabField.of("params", "Parameters N", "Model size, 1e3 to 1e15.", "70e9"),
                LabField.of("tokens", "Tokens D", "Training tokens, 1e3 to 1e16.", "1.4e12"),
                LabField.of("compute", "Budget C (FLOP)", "Training compute to find the optimum for, 1e9 to 1e30; empty: 6·N·D.", ""));
    }

    static List<LabField> tokenize() {
        return List.of(LabField.text("text", "Text", "Up to " + Numbers.grouped(TokenizerLab.MAX_CHARS) + " characters.", "Hello world!"),
                LabField.choice("encoding", "Show tokens of", "The encoding whose tokens are listed; counts are given for all.",
                        "cl100k_base", List.of("r50k_base", "p50k_base", "cl100k_base", "o200k_base")));
    }

    static List<LabField> bpe() {
        return List.of(LabField.text("text", "Training text", "Up to " + Numbers.grouped(BpeTrainer.MAX_CHARS) + " characters.",
                        "low lower lowest newer newest wider widest low slow slower"),
                LabField.of("merges", "Merges", "Merges to learn, 1 to " + BpeTrainer.MAX_MERGES + ".", "10"));
    }

    static List<LabField> decode() {
        return List.of(
                LabField.choice("source", "Distribution from", "logits: the numbers you type; ngram: a word model trained on this knowledge base.",
                        "logits", List.of("logits", "ngram")),
                LabField.text("logits", "Logits", "Numbers separated by commas (up to " + Logits.MAX_TOKENS + "), optionally named: cat=2, dog=1.", "2, 1, 0, -1"),
                LabField.of("temperature", "Temperature", "0 (greedy) to " + (int) SamplingSettings.MAX_TEMPERATURE + ".", "1"),
                LabField.of("top-k", "Top-k", "Keep the k most likely; 0 keeps all.", "0"),
                LabField.of("top-p", "Top-p", "Keep the smallest set reaching this mass, above 0 to 1.", "1"),
                LabField.of("min-p", "Min-p", "Drop tokens below this share of the top one, 0 to 1.", "0"),
                LabField.of("samples", "Samples", "Seeded draws to count, 0 to " + DecodingLab.MAX_SAMPLES + ".", "1000"),
                LabField.of("seed", "Seed", "The same seed repeats the same draws.", "1"),
                LabField.text("prompt", "Prompt", "For the n-gram model: words to continue, up to 500 characters.", "the attention"),
                LabField.choice("strategy", "Strategy", "For the n-gram model.", "greedy", List.of("greedy", "sample", "beam", "contrastive")),
                LabField.of("order", "n-gram order", "Words of context plus one, 1 to " + NGramModel.MAX_ORDER + ".", "3"),
                LabField.of("steps", "Words to generate", "1 to " + Decoder.MAX_STEPS + ".", "12"),
                LabField.of("beam", "Beam width", "1 to " + Decoder.MAX_BEAM + ".", "3"),
                LabField.of("k", "Contrastive k", "Candidates considered, 1 to " + Decoder.MAX_K + ".", "4"),
                LabField.of("alpha", "Contrastive α", "Weight of the degeneration penalty, 0 to 1.", "0.6"));
    }

    static List<LabField> positions() {
        return List.of(
                LabField.of("positions", "Positions", "2 to " + PositionsLab.MAX_POSITIONS + ".", "32"),
                LabField.of("dimension", "Dimension", "Even, 2 to " + PositionsLab.MAX_DIMENSION + ".", "64"),
                LabField.of("base", "Base", "The wavelength base, 2 to 1e7 (the papers use 10,000).", "10000"),
                LabField.of("seed", "Seed", "Chooses the random query and key.", "1"));
    }
}
