package dev.syllabus.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains byte-pair encoding the way Sennrich et al. (2016) describe it, on characters: the text is split into words
 * (each marked with ▁ where a space preceded it, as SentencePiece does), and each step merges the most frequent
 * adjacent pair, ties broken alphabetically so runs repeat. Work is bounded by the text cap and the merge cap:
 * each step is one pass over the words, so the whole run is at most MAX_MERGES × MAX_CHARS symbol visits.
 */
public final class BpeTrainer {
    public static final int MAX_CHARS = 4_000;
    public static final int MAX_MERGES = 500;
    private static final int EXAMPLE_WORDS = 12;

    private BpeTrainer() {
    }

    public static BpeRun train(String text, int merges) {
        Bounds.text("text", text, MAX_CHARS);
        Bounds.whole("merges", merges, 1, MAX_MERGES);
        List<String> words = words(text);
        if (words.isEmpty()) {
            throw new LabInputException("text", "has no words: type a sentence or two to train on");
        }
        Map<String, Integer> freq = new LinkedHashMap<>();
        words.forEach(w -> freq.merge(w, 1, Integer::sum));
        Map<String, List<String>> split = new LinkedHashMap<>();
        TreeSet<String> vocab = new TreeSet<>();
        freq.keySet().forEach(w -> {
            List<String> symbols = new ArrayList<>();
            w.codePoints().forEach(cp -> symbols.add(new String(Character.toChars(cp))));
            vocab.addAll(symbols);
            split.put(w, symbols);
        });
        int initial = tokens(split, freq);
        List<String> initialVocab = List.copyOf(vocab);
        List<BpeRun.Step> steps = new ArrayList<>();
        String stopped = "made the " + merges + " merges asked for";
        for (int step = 1; step <= merges; step++) {
            Map<Pair, Integer> pairs = new LinkedHashMap<>();
            split.forEach((w, s) -> {
                for (int i = 0; i + 1 < s.size(); i++) {
                    pairs.merge(new Pair(s.get(i), s.get(i + 1)), freq.get(w), Integer::sum);
                }
            });
            Pair best = null;
            int bestCount = 0;
            for (Map.Entry<Pair, Integer> p : pairs.entrySet()) {
                if (p.getValue() > bestCount || p.getValue() == bestCount && p.getKey().before(best)) {
                    best = p.getKey();
                    bestCount = p.getValue();
                }
            }
            if (best == null || bestCount < 2) {
                stopped = "stopped after " + (step - 1) + " merges: no pair of symbols occurs twice any more";
                break;
            }
            String left = best.left();
            String right = best.right();
            split.replaceAll((w, s) -> merge(s, left, right));
            vocab.add(left + right);
            steps.add(new BpeRun.Step(step, left, right, left + right, bestCount, tokens(split, freq), vocab.size(),
                    segment(words.subList(0, Math.min(EXAMPLE_WORDS, words.size())), split)));
        }
        return new BpeRun(words.size(), text.length(), initial, initialVocab, List.copyOf(steps), segment(words, split), stopped);
    }

    /** Two adjacent symbols; ties between equally frequent pairs go to the alphabetically first. */
    private record Pair(String left, String right) {
        boolean before(Pair other) {
            int c = left.compareTo(other.left);
            return c < 0 || c == 0 && right.compareTo(other.right) < 0;
        }
    }

    /** Words with ▁ standing for the space before them, so merges never cross a word boundary but keep the space. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        boolean space = false;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                space = true;
            } else {
                if (word.length() == 0 && space) {
                    word.append('▁');
                }
                word.append(ch);
                space = false;
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    private static List<String> merge(List<String> s, String left, String right) {
        List<String> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            if (i + 1 < s.size() && s.get(i).equals(left) && s.get(i + 1).equals(right)) {
                out.add(left + right);
                i++;
            } else {
                out.add(s.get(i));
            }
        }
        return out;
    }

    private static int tokens(Map<String, List<String>> split, Map<String, Integer> freq) {
        return split.entrySet().stream().mapToInt(e -> e.getValue().size() * freq.get(e.getKey())).sum();
    }

    private static List<String> segment(List<String> words, Map<String, List<String>> split) {
        List<String> out = new ArrayList<>();
        words.forEach(w -> out.addAll(split.get(w)));
        return List.copyOf(out);
    }
}
