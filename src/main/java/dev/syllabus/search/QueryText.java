package dev.syllabus.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A learner's query as typed, cut to a searchable length and split into quoted phrases and loose words. Nothing in it
 * is syntax but the double quote: {@code AND}, {@code title:}, {@code (} and {@code *} are just characters, and an
 * unmatched quote is ignored.
 */
record QueryText(String text, List<Part> parts, boolean shortened) {
    /** More words than a learner types for one question; beyond this a query is pasted text. */
    static final int MAX_WORDS = 16;

    QueryText {
        parts = List.copyOf(parts);
    }

    /** Loose words, or a phrase that was in quotes and must match as written. */
    record Part(String text, boolean quoted) {
    }

    static QueryText of(String raw, TextAnalysis analysis) {
        // A colon joins words for the tokenizer ("title:rope" is one word); a learner who types one means two words.
        String stripped = raw == null ? "" : raw.strip();
        String text = stripped.replace(':', ' ').isBlank() ? stripped : stripped.replace(':', ' ').strip();
        List<TextAnalysis.Token> words = analysis.plainTokens(text);
        boolean shortened = words.size() > MAX_WORDS;
        if (shortened) {
            text = text.substring(0, words.get(MAX_WORDS - 1).end());
        }
        return new QueryText(text, split(text), shortened);
    }

    /** True when nothing at all was typed; a query of only punctuation is not blank, it has nothing to search for. */
    boolean isBlank() {
        return text.isEmpty();
    }

    /** Quoted phrases and the loose words between them; an unmatched quote counts as a space. */
    static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int open = text.indexOf('"', from);
            int close = open < 0 ? -1 : text.indexOf('"', open + 1);
            if (close < 0) {
                parts.add(new Part(text.substring(from).replace('"', ' '), false));
                break;
            }
            parts.add(new Part(text.substring(from, open), false));
            parts.add(new Part(text.substring(open + 1, close), true));
            from = close + 1;
        }
        parts.removeIf(p -> p.text().isBlank());
        return parts;
    }
}
