package dev.syllabus.lab;

import java.util.List;

/**
 * The positional-encoding lab's numbers: the sinusoidal table (position × dimension), the RoPE attention scores of
 * one query and one key at every pair of positions, and for a few offsets the scores at different absolute positions
 * with that offset, under RoPE and under sinusoidal encodings added to the same query and key.
 */
public record PositionsResult(int positions, int dimension, double base, long seed, List<List<Double>> sinusoidal,
                              List<List<Double>> ropeScores, List<Offset> offsets) {
    /** One offset n − m: the pairs compared and how far apart their scores are under each scheme. */
    public record Offset(int offset, List<Pair> pairs, double ropeSpread, double addedSpread) {
    }

    /** Query at m, key at n: the RoPE score q·R(n−m)k and the score (q + PE(m))·(k + PE(n)). */
    public record Pair(int m, int n, double rope, double added) {
    }
}
