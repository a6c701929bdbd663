package dev.syllabus.ingest;

import java.util.Arrays;

/**
 * Sentence and clause limits in plain text, so the words read around a link are the words about that link. A period
 * after a lone capital ("James H. Martin") or inside "et al." does not end a sentence. The ends are found by a scan
 * rather than a regular expression: four look-behinds tried at every character made this the import's hottest spot.
 */
final class Sentences {
    private Sentences() {
    }

    /**
     * The sentence ends of one text, found once: a block with many links asks for the sentence around each of them.
     */
    static final class Bounds {
        private final String text;
        private final int[] ends;

        Bounds(String text) {
            this.text = text;
            int[] found = new int[8];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (isEnd(text, i)) {
                    found = n == found.length ? Arrays.copyOf(found, n * 2) : found;
                    found[n++] = i + 1;
                }
            }
            ends = Arrays.copyOf(found, n);
        }

        /** The index just past the end of the sentence that contains {@code from}. */
        int endAfter(int from) {
            for (int e : ends) {
                if (e > from) {
                    return e;
                }
            }
            return text.length();
        }

        /** The index where the sentence containing {@code before} starts. */
        int startBefore(int before) {
            int start = 0;
            for (int e : ends) {
                if (e > before) {
                    break;
                }
                start = e;
            }
            return start;
        }
    }

    /** The index just past the end of the sentence that contains {@code from}. */
    static int endAfter(String text, int from) {
        for (int i = Math.min(Math.max(0, from), text.length()); i < text.length(); i++) {
            if (isEnd(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The index where the sentence containing {@code before} starts. */
    static int startBefore(String text, int before) {
        int limit = Math.min(Math.max(0, before), text.length());
        for (int i = limit - 1; i >= 0; i--) {
            if (isEnd(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Whether the character at {@code i} ends a sentence: a line break, or one of {@code .!?;} followed by a blank or
     * the end, and not after a lone capital, "al", "e.g" or "i.e".
     */
    static boolean isEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?' && c != ';') {
            return false;
        }
        return endsHere(text, i + 1) && !afterLoneCapital(text, i) && !afterWord(text, i, "al") && !afterWord(text, i, "e.g")
                && !afterWord(text, i, "i.e") && !afterHonorific(text, i);
    }

    /** "Prof. Dan Jurafsky", "Dr. Jacob Eisenstein": the title belongs to the name that follows. */
    private static boolean afterHonorific(String text, int i) {
        return text.charAt(i) == '.' && (afterWord(text, i, "Prof") || afterWord(text, i, "Dr") || afterWord(text, i, "Mr")
                || afterWord(text, i, "Mrs") || afterWord(text, i, "Ms"));
    }

    /** A blank or the end of the text (or a final line terminator) at {@code at}. */
    private static boolean endsHere(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
            return true;
        }
        boolean terminator = c == '\u0085' || c == '\u2028' || c == '\u2029';
        return terminator && at + 1 == text.length();
    }

    /**
     * A capital alone at the start or after a blank, as the look-behind {@code (?<!(?:^|\s)\p{Lu})} saw it: a capital
     * outside the basic plane counts only at the very start.
     */
    private static boolean afterLoneCapital(String text, int i) {
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        if (!Character.isSurrogate(c)) {
            return Character.getType(c) == Character.UPPERCASE_LETTER && (i == 1 || isSpace(text.charAt(i - 2)));
        }
        return i == 2 && Character.getType(text.codePointAt(0)) == Character.UPPERCASE_LETTER;
    }

    /** {@code word} right before {@code i}, starting at a word boundary as {@code \b} defines it. */
    private static boolean afterWord(String text, int i, String word) {
        int at = i - word.length();
        return at >= 0 && text.startsWith(word, at) && !wordBefore(text, at);
    }

    private static boolean wordBefore(String text, int at) {
        if (at == 0) {
            return false;
        }
        int cp = Character.codePointBefore(text, at);
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = at - 1; x >= 0; x--) {
            int ch = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
