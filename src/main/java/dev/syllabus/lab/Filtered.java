package dev.syllabus.lab;

import java.util.List;

/**
 * A next-token distribution after each filter: every candidate with its logit, its probability at the temperature,
 * whether each filter kept it, and its final (renormalised) probability, which is 0 for dropped tokens. Rows are
 * ordered by logit, highest first.
 */
public record Filtered(SamplingSettings settings, List<Row> rows, int kept) {
    /** One candidate through the filters. */
    public record Row(String token, double logit, double probability, boolean topK, boolean topP, boolean minP,
                      double finalProbability) {
        public boolean kept() {
            return finalProbability > 0;
        }
    }
}
