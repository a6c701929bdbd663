package dev.syllabus.ingest;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Compares titles by their significant words, so that "Let's build GPT" agrees with "Let's build GPT: from scratch, in
 * code, spelled out." and "neural network series" with "Neural networks", while "nanoGPT" does not. "LLM" is read as
 * "large language model", the one abbreviation titles use both ways.
 */
final class TitleWords {
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "for", "to", "and", "with", "from",
            "by", "is", "are", "at", "into", "vs", "or", "your", "you", "how", "what", "why", "its", "it", "this", "that",
            "like", "via", "s");
    /** Share of one title's words found in the other above which two titles name the same thing. */
    static final double AGREEMENT = 0.6;

    private TitleWords() {
    }

    static Set<String> of(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("\\bllms?\\b", "large language model");
        Set<String> words = new LinkedHashSet<>();
        for (String w : folded.split("[^\\p{L}\\d]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                words.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }

    /** The share of {@code part}'s significant words that {@code whole} also has; 0 when {@code part} has none. */
    static double containment(String part, String whole) {
        Set<String> p = of(part);
        if (p.isEmpty()) {
            return 0;
        }
        Set<String> w = of(whole);
        return p.stream().filter(w::contains).count() / (double) p.size();
    }

    static boolean agree(String a, String b) {
        return Math.max(containment(a, b), containment(b, a)) >= AGREEMENT;
    }

    static boolean same(String a, String b) {
        Set<String> x = of(a);
        return !x.isEmpty() && x.equals(of(b));
    }
}
