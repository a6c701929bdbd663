package dev.syllabus.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The decoding sandbox over typed logits: the distribution through temperature, top-k, top-p and min-p, and seeded
 * draws from it so a learner sees the filters' effect on what gets sampled. The n-gram side is {@link Decoder}.
 */
public final class DecodingLab {
    public static final int MAX_SAMPLES = 10_000;

    /** The filtered distribution and how often each token came up in {@code samples} seeded draws. */
    public record Result(Filtered distribution, int samples, long seed, List<Count> draws) {
    }

    /** How often one token was drawn. */
    public record Count(String token, int times) {
    }

    private DecodingLab() {
    }

    public static Result run(List<Candidate> logits, SamplingSettings settings, int samples, long seed) {
        Bounds.whole("samples", samples, 0, MAX_SAMPLES);
        Filtered f = Sampler.filter(logits, settings);
        Map<String, Integer> counts = new LinkedHashMap<>();
        f.rows().forEach(r -> counts.put(r.token(), 0));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < samples; i++) {
            counts.merge(Sampler.draw(f, random), 1, Integer::sum);
        }
        List<Count> draws = new ArrayList<>();
        counts.forEach((t, n) -> draws.add(new Count(t, n)));
        return new Result(f, samples, seed, List.copyOf(draws));
    }
}
