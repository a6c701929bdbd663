package dev.syllabus.ingest;

import dev.syllabus.kb.Minutes;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a running time a source states in prose: "1h56m", "2h13m", "a 3.5-hour video", "~2 hours", "~1hr", "26-minute".
 * Ranges ("2-3 hours") are effort estimates, not running times, and are left alone. A length no single resource can
 * have (over {@value #MAX_HOURS} hours) is reported and ignored.
 */
final class Lengths {
    static final int MAX_HOURS = 1000;

    /** The words that make a length approximate, matched in any case just before its number. */
    private static final List<String> APPROX = List.of("~", "about ", "around ", "approx. ", "approx ", "roughly ", "nearly ", "almost ");
    /**
     * The forms, each anchored where a number starts; a number glued to a digit, a point, a colon or a hyphen before it
     * ("1:30", "2-3 hours") is not a length.
     */
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("(?i)(?<![\\d.:-])(?<h>\\d{1,12})\\s?h(?:rs?)?\\s?(?<m>\\d{1,2})\\s?m(?:in)?\\b"),
            Pattern.compile("(?i)(?<![\\d.:-])(?<h>\\d{1,12}(?:\\.\\d{1,2})?)[- ]?(?:hours?|hrs?|hr|h)\\b(?!\\s?\\d)"),
            Pattern.compile("(?i)(?<![\\d.:-])(?<m>\\d{1,12})[- ]?(?:minutes?|mins?)\\b"));

    private Lengths() {
    }

    /**
     * The first stated length in {@code text} (the earliest to start, qualifier included; the first form on a tie);
     * lengths too long to be true go to {@code rejected}, in the order they are read.
     */
    static Optional<StatedLength> find(String text, Consumer<String> rejected) {
        if (!hasCandidate(text)) {
            return Optional.empty();
        }
        StatedLength best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern form : FORMS) {
            NumberMatches m = new NumberMatches(form, text, APPROX, true);
            while (m.next() && m.start() < bestAt) {
                Optional<StatedLength> read = read(m.matcher(), m.written(), m.qualified(), rejected);
                if (read.isPresent()) {
                    best = read.get();
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether some digit is followed by an h or an m (with at most a blank or a hyphen between them): every form has
     * one, and most texts around a link have none, so the forms need not be tried.
     */
    private static boolean hasCandidate(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (isDigit(text.charAt(i)) && !isDigit(text.charAt(i + 1))) {
                int j = i + 1;
                char c = text.charAt(j);
                if ((c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') && j + 1 < text.length()) {
                    c = text.charAt(++j);
                }
                if (c == 'h' || c == 'H' || c == 'm' || c == 'M') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<StatedLength> read(Matcher m, String written, boolean approximate, Consumer<String> rejected) {
        double hours = group(m, "h");
        double minutes = group(m, "m");
        if (hours > MAX_HOURS || minutes > MAX_HOURS * 60.0) {
            rejected.accept("length '" + written + "' ignored: no single resource runs over " + MAX_HOURS + " hours");
            return Optional.empty();
        }
        int total = (int) Math.round(hours * 60 + minutes);
        if (total <= 0) {
            return Optional.empty();
        }
        return Optional.of(new StatedLength(Minutes.of(total), approximate, written));
    }

    private static double group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? 0 : Double.parseDouble(g);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
