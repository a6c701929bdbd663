package dev.syllabus.ingest;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares titles by their significant words, so that "Let's build GPT" agrees with "Let's build GPT: from scratch, in
 * code, spelled out." and "neural network series" with "Neural networks", while "nanoGPT" does not. "LLM" is read as
 * "large language model", the one abbreviation titles use both ways.
 */
final class TitleWords {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern LLM = Pattern.compile("\\bllms?\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d]+");
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "for", "to", "and", "with", "from",
            "by", "is", "are", "at", "into", "vs", "or", "your", "you", "how", "what", "why", "its", "it", "this", "that",
            "like", "via", "s");
    /** Share of one title's words found in the other above which two titles name the same thing. */
    static final double AGREEMENT = 0.6;
    private static final int CACHED_LENGTH = 300;
    private static final int CACHE_SIZE = 8192;
    /** Shared by the threads of an import; emptied when full, which costs a few words read again, never wrong ones. */
    private static final java.util.Map<String, Set<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private TitleWords() {
    }

    /** The significant words, read once per title: the same titles are compared many times in one import. */
    static Set<String> of(String title) {
        if (title.length() > CACHED_LENGTH) {
            return read(title);
        }
        Set<String> words = CACHE.get(title);
        if (words == null) {
            if (CACHE.size() > CACHE_SIZE) {
                CACHE.clear();
            }
            words = read(title);
            CACHE.put(title, words);
        }
        return words;
    }

    private static Set<String> read(String title) {
        String folded = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        folded = LLM.matcher(POSSESSIVE.matcher(folded).replaceAll("")).replaceAll("large language model");
        Set<String> words = new LinkedHashSet<>();
        for (String w : NON_WORD.split(folded)) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                words.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return java.util.Collections.unmodifiableSet(words);
    }

    /** The share of {@code part}'s significant words that {@code whole} also has; 0 when {@code part} has none. */
    static double containment(String part, String whole) {
        return containment(of(part), of(whole));
    }

    static double containment(Set<String> part, Set<String> whole) {
        return part.isEmpty() ? 0 : part.stream().filter(whole::contains).count() / (double) part.size();
    }

    static boolean agree(String a, String b) {
        return Math.max(containment(a, b), containment(b, a)) >= AGREEMENT;
    }

    static boolean same(String a, String b) {
        Set<String> x = of(a);
        return !x.isEmpty() && x.equals(of(b));
    }
}
