package dev.syllabus.lab;

/**
 * A fitted Chinchilla-form loss law L(N, D) = E + A/N^α + B/D^β, with where its constants were published.
 *
 * <p>The two fits disagree because the replication refit the same functional form to the data points read off the
 * original paper's Figure 4 and found the published constants do not fit them: its authors trace it to the original
 * optimiser stopping early (a Huber loss averaged rather than summed, so the objective was tiny) and to rounding in the
 * paper's body. The refit's β (0.3658) is larger than its α (0.3478), so its compute-optimal tokens-per-parameter ratio
 * changes little with budget (about 20 around Chinchilla's own compute), matching the paper's Approaches 1 and 2; the
 * original fit's β (0.28) is much smaller than its α (0.34), so its optimum moves towards data quickly as compute grows.
 * The refit's irreducible loss E is also higher (1.82 against 1.69), so it predicts higher losses at large scale.
 */
public record LossFit(String id, String name, double e, double a, double b, double alpha, double beta, String source) {
    /** Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models", Approach 3 (section 3.3), as printed. */
    public static final LossFit CHINCHILLA = new LossFit("chinchilla", "Chinchilla (Hoffmann et al. 2022)",
            1.69, 406.4, 410.7, 0.34, 0.28, "Hoffmann et al. 2022, arXiv:2203.15556, Approach 3 as printed");

    /**
     * Besiroglu, Erdil, Barnett and You (Epoch AI) 2024, "Chinchilla Scaling: A replication attempt",
     * arXiv:2404.10102: their refit of Approach 3 (E 1.8172, A 482.01, B 2085.43, α 0.3478, β 0.3658).
     */
    public static final LossFit EPOCH = new LossFit("epoch", "Epoch AI replication (Besiroglu et al. 2024)",
            1.8172, 482.01, 2085.43, 0.3478, 0.3658, "Besiroglu et al. 2024, arXiv:2404.10102, refit of Approach 3");

    public double loss(double params, double tokens) {
        return e + a / Math.pow(params, alpha) + b / Math.pow(tokens, beta);
    }

    /**
     * The N that minimises the loss when C = 6ND is fixed: setting the derivative along the constraint to zero gives
     * N = G·(C/6)^(β/(α+β)) with G = (αA/(βB))^(1/(α+β)).
     */
    public double optimalParams(double compute) {
        double g = Math.pow(alpha * a / (beta * b), 1 / (alpha + beta));
        return g * Math.pow(compute / 6, beta / (alpha + beta));
    }

    /** How fast the optimal model grows with compute: N_opt ∝ C^a with a = β/(α+β). */
    public double paramsExponent() {
        return beta / (alpha + beta);
    }
}
