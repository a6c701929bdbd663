package dev.syllabus.kb;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Levenshtein distance, for "did you mean" suggestions on slugs, fields and values. */
public final class EditDistance {
    private EditDistance() {
    }

    public static int between(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] curr = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            curr[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                curr[j] = Math.min(Math.min(curr[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = curr;
            curr = swap;
        }
        return prev[b.length()];
    }

    /**
     * Whether {@code a} and {@code b} are at most {@code max} edits apart. Only the diagonal band of width
     * {@code 2 * max + 1} can hold such a distance, so this costs time proportional to the length, not its square.
     */
    public static boolean within(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] curr = new int[b.length() + 1];
        int far = max + 1;
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j <= max ? j : far;
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(b.length(), i + max);
            curr[0] = i <= max ? i : far;
            if (from > 1) {
                curr[from - 1] = far;
            }
            int best = curr[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                curr[j] = Math.min(far, Math.min(Math.min(curr[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost));
                best = Math.min(best, curr[j]);
            }
            if (to < b.length()) {
                curr[to + 1] = far;
            }
            if (best > max) {
                return false;
            }
            int[] swap = prev;
            prev = curr;
            curr = swap;
        }
        return prev[b.length()] <= max;
    }

    /**
     * The candidates closest to {@code wanted}, best first: those containing it or within a third of its length in
     * edits. Ties go to the shorter, then the alphabetically first candidate, so suggestions are stable.
     */
    public static List<String> closest(String wanted, List<String> candidates, int limit) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int budget = Math.max(2, w.length() / 3);
        return candidates.stream().distinct()
                .map(c -> new Scored(c, score(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.score <= budget)
                .sorted(Comparator.comparingInt((Scored s) -> s.score).thenComparingInt(s -> s.text.length())
                        .thenComparing(s -> s.text))
                .limit(limit).map(s -> s.text).toList();
    }

    private static int score(String wanted, String candidate) {
        if (candidate.equals(wanted)) {
            return 0;
        }
        if (wanted.length() >= 3 && (candidate.startsWith(wanted) || candidate.contains(wanted))) {
            return 1;
        }
        return between(wanted, candidate);
    }

    private record Scored(String text, int score) {
    }
}
