package dev.syllabus.lab;

import java.util.List;

/**
 * A model's exact parameter count by component (the total is their sum), beside the 12·L·d² rule of thumb, which
 * counts only the attention and MLP matrices of a GPT-shaped block, and one attention head's four maps.
 */
public record ParameterCount(ModelShape shape, List<Component> components, long total, long nonEmbedding,
                             long ruleOfThumb, double ruleShare, int headDim, long headMaps) {
    /** One part of the model: what it is, how it is counted, and how many parameters it has over all layers. */
    public record Component(String name, String formula, long count) {
    }

    public String totalText() {
        return Numbers.grouped(total);
    }
}
