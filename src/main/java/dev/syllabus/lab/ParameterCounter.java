package dev.syllabus.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts a transformer's parameters exactly, component by component, the way GPT-2, BERT and Llama lay their weights
 * out: embeddings, per-layer attention (Q, K, V and output maps), MLP and norms, the final norm and an untied output
 * head. Everything is integer arithmetic, so GPT-2 small comes out at exactly 124,439,808.
 */
public final class ParameterCounter {
    private ParameterCounter() {
    }

    public static ParameterCount count(ModelShape s) {
        long d = s.width();
        long layers = s.layers();
        List<ParameterCount.Component> parts = new ArrayList<>();
        parts.add(new ParameterCount.Component("token embeddings", "vocab × width = " + s.vocab() + " × " + d, s.vocab() * d));
        long embeddings = s.vocab() * d;
        if (s.positions() == ModelShape.Positions.LEARNED) {
            parts.add(new ParameterCount.Component("position embeddings", "context × width = " + s.context() + " × " + d,
                    s.context() * d));
            embeddings += s.context() * d;
        }
        if (s.architecture() == ModelShape.Architecture.ENCODER) {
            parts.add(new ParameterCount.Component("token-type embeddings", "2 × width", 2 * d));
            embeddings += 2 * d;
            parts.add(new ParameterCount.Component("embedding norm", normFormula(s), norm(s)));
        }
        long attnBias = s.biases() ? 4 * d : 0;
        parts.add(new ParameterCount.Component("attention (Q, K, V, output)", layers + " layers × (4·width²"
                + (s.biases() ? " + 4·width" : "") + ")", layers * (4 * d * d + attnBias)));
        long f = s.ffn();
        long matrices = s.mlp() == ModelShape.Mlp.SWIGLU ? 3 : 2;
        long mlpBias = s.biases() ? (matrices - 1) * f + d : 0;
        parts.add(new ParameterCount.Component("MLP (" + (matrices == 3 ? "gate, up, down" : "up, down") + ")",
                layers + " layers × (" + matrices + "·width·ffn" + (s.biases() ? " + biases" : "") + "), ffn " + f,
                layers * (matrices * d * f + mlpBias)));
        parts.add(new ParameterCount.Component("norms in the layers", layers + " layers × 2 × " + normFormula(s),
                layers * 2 * norm(s)));
        if (s.architecture() == ModelShape.Architecture.DECODER) {
            parts.add(new ParameterCount.Component("final norm", normFormula(s), norm(s)));
            if (!s.tied()) {
                parts.add(new ParameterCount.Component("output head (untied)", "width × vocab", d * s.vocab()));
                embeddings += d * s.vocab();
            }
        } else {
            parts.add(new ParameterCount.Component("pooler", "width² + width", d * d + d));
        }
        long total = parts.stream().mapToLong(ParameterCount.Component::count).sum();
        long rule = 12 * layers * d * d;
        return new ParameterCount(s, List.copyOf(parts), total, total - embeddings, rule, (double) rule / total,
                s.headDim(), 4 * d * s.headDim());
    }

    private static long norm(ModelShape s) {
        return s.norm() == ModelShape.Norm.LAYERNORM ? 2L * s.width() : s.width();
    }

    private static String normFormula(ModelShape s) {
        return s.norm() == ModelShape.Norm.LAYERNORM ? "2·width (gain and bias)" : "width (gain)";
    }
}
