package dev.syllabus.ingest;

import dev.syllabus.kb.Slug;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** New slugs from titles and names: lowercase ASCII words joined by hyphens, never one already in use. */
final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_WORDS = 6;
    private static final int SUFFIX_PROBES = 20;

    private Slugs() {
    }

    static String of(String text) {
        String[] words = isAscii(text) ? asciiWords(text) : words(text);
        int from = words.length > 1 && (words[0].equals("the") || words[0].equals("a") || words[0].equals("an")) ? 1 : 0;
        String slug = Arrays.stream(words, from, Math.min(words.length, from + MAX_WORDS)).collect(Collectors.joining("-"));
        return slug.isEmpty() ? "imported" : slug;
    }

    private static String[] words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_SLUG.split(APOSTROPHES.matcher(folded).replaceAll(""))).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The same words as {@link #words} for ASCII text, which needs no normalising: most titles are ASCII. */
    private static String[] asciiWords(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (c != '\'' && word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        return out.toArray(String[]::new);
    }

    /** {@code base}, or {@code base-2}, {@code base-3} ... whichever is free; the result is marked as used. */
    static Slug unique(String base, Set<String> used) {
        String candidate = base;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = base + "-" + i;
            if (i > SUFFIX_PROBES) {
                // Thousands of drafts may share a title ("Chapter 1"); jump ahead rather than probe one by one.
                candidate = base + "-" + (used.size() + i);
            }
        }
        used.add(candidate);
        return Slug.of(candidate);
    }
}
