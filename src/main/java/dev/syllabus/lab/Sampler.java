package dev.syllabus.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Temperature, top-k, top-p (nucleus) and min-p, applied in that order as Hugging Face's generate applies them; each
 * filter sees the renormalised survivors of the one before. Temperature 0 is greedy: all mass on the top token.
 */
public final class Sampler {
    private Sampler() {
    }

    /** Softmax of logits divided by the temperature, computed from the maximum so large logits cannot overflow. */
    public static double[] softmax(double[] logits, double temperature) {
        double[] p = new double[logits.length];
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp((logits[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    public static Filtered filter(List<Candidate> candidates, SamplingSettings s) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::logit).reversed());
        int n = sorted.size();
        double[] logits = sorted.stream().mapToDouble(Candidate::logit).toArray();
        double[] p;
        if (s.temperature() == 0) {
            p = new double[n];
            p[0] = 1;
        } else {
            p = softmax(logits, s.temperature());
        }
        boolean[] k = new boolean[n];
        boolean[] top = new boolean[n];
        boolean[] min = new boolean[n];
        for (int i = 0; i < n; i++) {
            k[i] = s.topK() == 0 || i < s.topK();
        }
        double[] afterK = renormalise(p, k);
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            // Keep the smallest prefix whose mass reaches top-p: a token is kept if the mass before it is still short.
            top[i] = k[i] && (cumulative < s.topP() - 1e-12 || i == 0);
            cumulative += afterK[i];
        }
        double[] afterP = renormalise(afterK, top);
        double peak = afterP[0];
        for (int i = 0; i < n; i++) {
            min[i] = top[i] && afterP[i] >= s.minP() * peak;
        }
        double[] last = renormalise(afterP, min);
        List<Filtered.Row> rows = new ArrayList<>(n);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            rows.add(new Filtered.Row(sorted.get(i).token(), logits[i], p[i], k[i], top[i], min[i], last[i]));
            kept += last[i] > 0 ? 1 : 0;
        }
        return new Filtered(s, List.copyOf(rows), kept);
    }

    /** One draw from the final distribution; the same random source gives the same token. */
    public static String draw(Filtered f, SplittableRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        Filtered.Row last = null;
        for (Filtered.Row r : f.rows()) {
            if (r.finalProbability() > 0) {
                cumulative += r.finalProbability();
                last = r;
                if (u < cumulative) {
                    return r.token();
                }
            }
        }
        return last.token();
    }

    private static double[] renormalise(double[] p, boolean[] keep) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += keep[i] ? p[i] : 0;
        }
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = keep[i] && sum > 0 ? p[i] / sum : 0;
        }
        return out;
    }
}
