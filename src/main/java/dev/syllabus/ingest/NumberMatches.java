package dev.syllabus.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that starts with a number, found in the order a search of the text finds them (each after
 * the end of the one before), but tried only where a number starts: a search tries every position, and most of a
 * guide's text has no digit at all. A qualifier written just before the number ("~", "about ") is part of the match.
 */
final class NumberMatches {
    private final String text;
    private final Matcher matcher;
    private final List<String> qualifiers;
    private final boolean ignoreCase;
    private int number = -1;
    private int start;
    private int searchFrom;

    /**
     * @param pattern    what follows the qualifier, starting with the number (look-behinds see the whole text)
     * @param ignoreCase whether qualifiers match in any case, as a pattern's (?i) does: ASCII letters only
     */
    NumberMatches(Pattern pattern, String text, List<String> qualifiers, boolean ignoreCase) {
        this.text = text;
        this.matcher = pattern.matcher(text).useTransparentBounds(true);
        this.qualifiers = qualifiers;
        this.ignoreCase = ignoreCase;
    }

    /** Moves to the next match; false when there is none. */
    boolean next() {
        for (number = nextNumber(number + 1); number >= 0; number = nextNumber(number + 1)) {
            if (number >= searchFrom && matcher.region(number, text.length()).lookingAt()) {
                int qualified = number - qualifierBefore(number);
                start = qualified >= searchFrom ? qualified : number;
                searchFrom = matcher.end();
                return true;
            }
        }
        return false;
    }

    /** The current match without its qualifier, for its groups. */
    Matcher matcher() {
        return matcher;
    }

    /** Where the current match starts, qualifier included. */
    int start() {
        return start;
    }

    int end() {
        return matcher.end();
    }

    boolean qualified() {
        return start < number;
    }

    /** The current match as written, qualifier included, without surrounding blanks. */
    String written() {
        return text.substring(start, matcher.end()).strip();
    }

    private int nextNumber(int from) {
        for (int i = from; i < text.length(); i++) {
            if (isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The length of the qualifier ending right before {@code at}, 0 when there is none. */
    private int qualifierBefore(int at) {
        for (String q : qualifiers) {
            int from = at - q.length();
            if (from >= 0 && (ignoreCase ? asciiIgnoringCase(from, q) : text.startsWith(q, from))) {
                return q.length();
            }
        }
        return 0;
    }

    private boolean asciiIgnoringCase(int from, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(from + i);
            char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (l != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
