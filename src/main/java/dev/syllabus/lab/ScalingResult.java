package dev.syllabus.lab;

import java.util.List;

/**
 * What the scaling calculator found for one model size N, token count D and compute budget C: the loss each fit
 * predicts, each fit's compute-optimal split of the budget, and the 20-tokens-per-parameter rule's split.
 */
public record ScalingResult(double params, double tokens, double compute, boolean computeGiven, List<FitAnswer> fits,
                            Split twentyTokens) {
    /** One fit's answers: its loss at (N, D), its optimal N and D for the budget and the loss there. */
    public record FitAnswer(LossFit fit, double loss, Split optimum, double optimalLoss, double paramsExponent) {
    }

    /** A way to spend the budget: N parameters on D tokens. */
    public record Split(double params, double tokens, double tokensPerParam) {
        static Split of(double params, double compute) {
            double tokens = compute / (6 * params);
            return new Split(params, tokens, tokens / params);
        }
    }
}
