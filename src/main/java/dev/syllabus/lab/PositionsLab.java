package dev.syllabus.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sinusoidal encodings (Vaswani et al. 2017) and rotary ones (Su et al. 2021). RoPE rotates each pair of a query's
 * and a key's features by an angle proportional to the position, so their dot product depends only on how far apart
 * they are; the lab shows it on a seeded random query and key, beside sinusoidal encodings added to the same vectors,
 * whose score does change with the absolute position.
 */
public final class PositionsLab {
    /** Bounded so the two heatmaps stay a few thousand cells: the picture is the point, not the table. */
    public static final int MAX_POSITIONS = 64;
    public static final int MAX_DIMENSION = 128;

    private PositionsLab() {
    }

    public static PositionsResult run(int positions, int dimension, double base, long seed) {
        Bounds.whole("positions", positions, 2, MAX_POSITIONS);
        Bounds.whole("dimension", dimension, 2, MAX_DIMENSION);
        if (dimension % 2 != 0) {
            throw new LabInputException("dimension", "must be even (features are rotated in pairs), got " + dimension);
        }
        Bounds.number("base", base, 2, 1e7);
        SplittableRandom random = new SplittableRandom(seed);
        double[] q = gaussian(random, dimension);
        double[] k = gaussian(random, dimension);
        double[][] pe = new double[positions][];
        for (int p = 0; p < positions; p++) {
            pe[p] = sinusoidal(p, dimension, base);
        }
        List<List<Double>> scores = new ArrayList<>();
        for (int m = 0; m < positions; m++) {
            List<Double> row = new ArrayList<>();
            for (int n = 0; n < positions; n++) {
                row.add(dot(rotate(q, m, base), rotate(k, n, base)));
            }
            scores.add(List.copyOf(row));
        }
        List<PositionsResult.Offset> offsets = new ArrayList<>();
        for (int offset : new int[]{0, 1, 3, 8}) {
            if (offset >= positions) {
                continue;
            }
            List<PositionsResult.Pair> pairs = new ArrayList<>();
            for (int m : new int[]{0, 1, (positions - 1 - offset) / 2, positions - 1 - offset}) {
                if (pairs.stream().anyMatch(p -> p.m() == m)) {
                    continue;
                }
                int n = m + offset;
                pairs.add(new PositionsResult.Pair(m, n, dot(rotate(q, m, base), rotate(k, n, base)),
                        dot(add(q, pe[m]), add(k, pe[n]))));
            }
            offsets.add(new PositionsResult.Offset(offset, List.copyOf(pairs),
                    spread(pairs.stream().mapToDouble(PositionsResult.Pair::rope).toArray()),
                    spread(pairs.stream().mapToDouble(PositionsResult.Pair::added).toArray())));
        }
        List<List<Double>> table = new ArrayList<>();
        for (double[] row : pe) {
            table.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new PositionsResult(positions, dimension, base, seed, List.copyOf(table), List.copyOf(scores), List.copyOf(offsets));
    }

    /** PE(p, 2i) = sin(p / base^(2i/d)), PE(p, 2i+1) = cos(p / base^(2i/d)). */
    public static double[] sinusoidal(int position, int dimension, double base) {
        double[] v = new double[dimension];
        for (int i = 0; i < dimension / 2; i++) {
            double angle = position / Math.pow(base, 2.0 * i / dimension);
            v[2 * i] = Math.sin(angle);
            v[2 * i + 1] = Math.cos(angle);
        }
        return v;
    }

    /** Rotates features (2i, 2i+1) by position · θ_i with θ_i = base^(−2i/d). */
    public static double[] rotate(double[] x, int position, double base) {
        int d = x.length;
        double[] out = new double[d];
        for (int i = 0; i < d / 2; i++) {
            double angle = position * Math.pow(base, -2.0 * i / d);
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            out[2 * i] = x[2 * i] * c - x[2 * i + 1] * s;
            out[2 * i + 1] = x[2 * i] * s + x[2 * i + 1] * c;
        }
        return out;
    }

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double[] gaussian(SplittableRandom random, int d) {
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
            v[i] = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        }
        return v;
    }

    private static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static double spread(double[] values) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }
}
