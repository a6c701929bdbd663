package dev.syllabus.lab;

import java.util.List;

/**
 * The scaling-law calculator: Chinchilla's loss law with the paper's and the replication's constants, the training
 * compute C ≈ 6ND, and the compute-optimal N and D for a budget beside the 20-tokens-per-parameter rule.
 */
public final class ScalingLab {
    /** Ten times the largest dense models trained so far, and beyond any corpus: past these the fits say nothing. */
    public static final double MAX_PARAMS = 1e15;
    public static final double MAX_TOKENS = 1e16;
    public static final double MAX_COMPUTE = 1e30;
    public static final List<LossFit> FITS = List.of(LossFit.CHINCHILLA, LossFit.EPOCH);

    private ScalingLab() {
    }

    /** {@code compute} 0 means "the compute of N on D", 6ND; otherwise it is the budget the optimum is found for. */
    public static ScalingResult run(double params, double tokens, double compute) {
        Bounds.number("params", params, 1e3, MAX_PARAMS);
        Bounds.number("tokens", tokens, 1e3, MAX_TOKENS);
        boolean given = compute != 0;
        double c = given ? Bounds.number("compute", compute, 1e9, MAX_COMPUTE) : 6 * params * tokens;
        List<ScalingResult.FitAnswer> answers = FITS.stream().map(fit -> {
            ScalingResult.Split best = ScalingResult.Split.of(fit.optimalParams(c), c);
            return new ScalingResult.FitAnswer(fit, fit.loss(params, tokens), best, fit.loss(best.params(), best.tokens()),
                    fit.paramsExponent());
        }).toList();
        return new ScalingResult(params, tokens, c, given, answers, ScalingResult.Split.of(Math.sqrt(c / 120), c));
    }
}
