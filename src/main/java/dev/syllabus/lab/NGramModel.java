package dev.syllabus.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word n-gram language model with backoff: the next-token distribution after a context is the counts of what
 * followed its longest suffix seen in training (the logits are their logarithms), cut to the most frequent
 * {@link #MAX_CANDIDATES}. Each word also gets a small vector of the words around it, hashed into
 * {@link #DIMENSIONS} numbers, which stands in for the hidden state contrastive search compares: an n-gram model has
 * none, and words used in the same places get similar vectors.
 */
public final class NGramModel {
    public static final int MAX_ORDER = 5;
    public static final int MAX_TRAINING_CHARS = 4_000_000;
    public static final int MAX_CANDIDATES = 50;
    static final int DIMENSIONS = 64;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?|[.,;:!?()]");

    private final int order;
    private final Map<List<String>, Map<String, Integer>> counts;
    private final Map<String, double[]> vectors;

    private NGramModel(int order, Map<List<String>, Map<String, Integer>> counts, Map<String, double[]> vectors) {
        this.order = order;
        this.counts = counts;
        this.vectors = vectors;
    }

    public static NGramModel train(List<String> texts, int order) {
        Bounds.whole("order", order, 1, MAX_ORDER);
        long chars = texts.stream().mapToLong(String::length).sum();
        if (chars > MAX_TRAINING_CHARS) {
            throw new LabInputException("text", "the training text has " + Numbers.grouped(chars) + " characters; at most "
                    + Numbers.grouped(MAX_TRAINING_CHARS));
        }
        Map<List<String>, Map<String, Integer>> counts = new HashMap<>();
        Map<String, double[]> vectors = new HashMap<>();
        for (String text : texts) {
            List<String> words = words(text);
            for (int i = 0; i < words.size(); i++) {
                String next = words.get(i);
                for (int n = 0; n < order && n <= i; n++) {
                    List<String> context = List.copyOf(words.subList(i - n, i));
                    counts.computeIfAbsent(context, c -> new HashMap<>()).merge(next, 1, Integer::sum);
                }
                double[] v = vectors.computeIfAbsent(next, w -> new double[DIMENSIONS]);
                if (i > 0) {
                    v[Math.floorMod(("<" + words.get(i - 1)).hashCode(), DIMENSIONS)]++;
                }
                if (i + 1 < words.size()) {
                    v[Math.floorMod((">" + words.get(i + 1)).hashCode(), DIMENSIONS)]++;
                }
            }
        }
        if (counts.isEmpty()) {
            throw new LabInputException("text", "has no words to learn from");
        }
        return new NGramModel(order, counts, vectors);
    }

    /** Lower-case words and punctuation marks, the model's tokens. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    public int order() {
        return order;
    }

    public int vocabulary() {
        return vectors.size();
    }

    /** The distribution after {@code context}, from its longest suffix of at most order − 1 words seen in training. */
    public Next next(List<String> context) {
        for (int n = Math.min(order - 1, context.size()); n >= 0; n--) {
            Map<String, Integer> seen = counts.get(List.copyOf(context.subList(context.size() - n, context.size())));
            if (seen != null) {
                List<Candidate> top = seen.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(MAX_CANDIDATES).map(e -> new Candidate(e.getKey(), Math.log(e.getValue()))).toList();
                return new Next(n, top);
            }
        }
        throw new IllegalStateException("an n-gram model always has unigram counts");
    }

    /** Cosine similarity of two words' context vectors; 0 for a word the model never saw. */
    public double similarity(String a, String b) {
        double[] x = vectors.get(a);
        double[] y = vectors.get(b);
        if (x == null || y == null) {
            return 0;
        }
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
    }

    /** Candidates for the next word and how many words of context matched (0 is the unigram distribution). */
    public record Next(int matched, List<Candidate> candidates) {
        public Next {
            candidates = List.copyOf(candidates);
            candidates.stream().max(Comparator.comparingDouble(Candidate::logit)).orElseThrow();
        }
    }
}
