package dev.syllabus.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Continues a prompt with an n-gram model by greedy decoding, seeded sampling (through the filters), beam search or
 * contrastive search. Work is bounded: at most MAX_STEPS words, beams of at most MAX_BEAM, contrastive search over at
 * most MAX_K candidates, each distribution at most {@link NGramModel#MAX_CANDIDATES} words.
 */
public final class Decoder {
    public static final int MAX_STEPS = 40;
    public static final int MAX_BEAM = 8;
    public static final int MAX_K = 10;
    public static final String CONTRASTIVE_SCORE = "score(v) = (1 − α) · p(v | context) − α · max_j cos(h_v, h_j)";
    private static final int TRACE = 5;

    /** How to decode: the strategy, the sampling filters, steps, beam width, contrastive k and α, and the seed. */
    public record Request(Generation.Strategy strategy, String prompt, SamplingSettings sampling, int steps, int beamWidth,
                          int k, double alpha, long seed) {
        public Request {
            Bounds.text("prompt", prompt, 500);
            Bounds.whole("steps", steps, 1, MAX_STEPS);
            Bounds.whole("beam", beamWidth, 1, MAX_BEAM);
            Bounds.whole("k", k, 1, MAX_K);
            Bounds.number("alpha", alpha, 0, 1);
        }
    }

    private Decoder() {
    }

    public static Generation generate(NGramModel model, Request r) {
        List<String> prompt = NGramModel.words(r.prompt());
        return switch (r.strategy()) {
            case BEAM -> beam(model, r, prompt);
            case GREEDY, SAMPLE, CONTRASTIVE -> stepwise(model, r, prompt);
        };
    }

    private static Generation stepwise(NGramModel model, Request r, List<String> prompt) {
        List<String> context = new ArrayList<>(prompt);
        List<String> out = new ArrayList<>();
        List<Generation.StepTrace> trace = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(r.seed());
        for (int step = 1; step <= r.steps(); step++) {
            NGramModel.Next next = model.next(context);
            Filtered plain = Sampler.filter(next.candidates(), SamplingSettings.PLAIN);
            String chosen;
            List<Generation.Choice> shown = new ArrayList<>();
            switch (r.strategy()) {
                case SAMPLE -> {
                    Filtered f = Sampler.filter(next.candidates(), r.sampling());
                    chosen = Sampler.draw(f, random);
                    f.rows().stream().limit(TRACE).forEach(row -> shown.add(new Generation.Choice(row.token(),
                            row.finalProbability(), 0, row.finalProbability())));
                }
                case CONTRASTIVE -> chosen = contrastive(model, plain, context, r, shown);
                default -> {
                    chosen = plain.rows().get(0).token();
                    plain.rows().stream().limit(TRACE).forEach(row -> shown.add(new Generation.Choice(row.token(),
                            row.probability(), 0, row.probability())));
                }
            }
            trace.add(new Generation.StepTrace(step, next.matched(), chosen, List.copyOf(shown)));
            context.add(chosen);
            out.add(chosen);
        }
        return new Generation(r.strategy(), r.prompt(), List.copyOf(out), join(prompt, out), List.copyOf(trace), List.of(),
                r.strategy() == Generation.Strategy.CONTRASTIVE ? CONTRASTIVE_SCORE : "");
    }

    /**
     * Su et al. (2022): among the k most probable words, the one with the best model confidence minus α times its
     * largest similarity to any word already in the context, which discourages repeating what was said.
     */
    private static String contrastive(NGramModel model, Filtered plain, List<String> context, Request r,
                                      List<Generation.Choice> shown) {
        Generation.Choice best = null;
        for (Filtered.Row row : plain.rows().subList(0, Math.min(r.k(), plain.rows().size()))) {
            double penalty = 0;
            for (String previous : context) {
                penalty = Math.max(penalty, model.similarity(row.token(), previous));
            }
            double score = (1 - r.alpha()) * row.probability() - r.alpha() * penalty;
            Generation.Choice c = new Generation.Choice(row.token(), row.probability(), penalty, score);
            shown.add(c);
            if (best == null || score > best.score()) {
                best = c;
            }
        }
        return best.token();
    }

    private static Generation beam(NGramModel model, Request r, List<String> prompt) {
        List<Generation.Beam> beams = List.of(new Generation.Beam(List.of(), 0));
        for (int step = 1; step <= r.steps(); step++) {
            List<Generation.Beam> grown = new ArrayList<>();
            for (Generation.Beam b : beams) {
                List<String> context = new ArrayList<>(prompt);
                context.addAll(b.tokens());
                Filtered f = Sampler.filter(model.next(context).candidates(), SamplingSettings.PLAIN);
                for (Filtered.Row row : f.rows().subList(0, Math.min(r.beamWidth(), f.rows().size()))) {
                    List<String> tokens = new ArrayList<>(b.tokens());
                    tokens.add(row.token());
                    grown.add(new Generation.Beam(List.copyOf(tokens), b.logProbability() + Math.log(row.probability())));
                }
            }
            grown.sort(Comparator.comparingDouble(Generation.Beam::logProbability).reversed()
                    .thenComparing(b -> String.join(" ", b.tokens())));
            beams = List.copyOf(grown.subList(0, Math.min(r.beamWidth(), grown.size())));
        }
        List<String> best = beams.get(0).tokens();
        return new Generation(r.strategy(), r.prompt(), best, join(prompt, best), List.of(), beams, "");
    }

    /** Words joined by spaces, with no space before punctuation. */
    static String join(List<String> prompt, List<String> continuation) {
        StringBuilder s = new StringBuilder();
        List<String> all = new ArrayList<>(prompt);
        all.addAll(continuation);
        for (String w : all) {
            if (s.length() > 0 && !w.matches("[.,;:!?)]")) {
                s.append(' ');
            }
            s.append(w);
        }
        return s.toString();
    }
}
