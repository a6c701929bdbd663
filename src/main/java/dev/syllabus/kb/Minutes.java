package dev.syllabus.kb;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A length of study time in whole minutes. */
public record Minutes(int value) implements Comparable<Minutes> {
    public static final Minutes ZERO = new Minutes(0);

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern UNITS = Pattern.compile(
            "(?:(\\d+(?:\\.\\d+)?)\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d+)\\s*m(?:in(?:utes?)?)?)?");
    /** Twenty-four hours a day for a year: no single resource or plan can need more. */
    private static final int MAX = 365 * 24 * 60;

    public static final int MAX_HOURS = MAX / 60;

    /** A well-formed length too long to be one: more than {@link #MAX_HOURS} hours. */
    public static final class TooLong extends IllegalArgumentException {
        TooLong(String text) {
            super("'" + text + "' is longer than a year: write at most " + MAX_HOURS + "h");
        }
    }

    public Minutes {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException(value + " minutes is out of range: a length is between 0 and " + MAX + " minutes");
        }
    }

    public static Minutes of(int value) {
        return new Minutes(value);
    }

    /**
     * Reads a length written as {@code 90}, {@code 90m}, {@code 2h}, {@code 1h30m}, {@code 1h 56m}, {@code 3.5h} or {@code ~2h}.
     *
     * @throws TooLong                 for a length over a year
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static Minutes parse(String text) {
        // "~2h" is how curators write an approximate figure; the tilde carries no information for a sum.
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceFirst("^~\\s*", "");
        if (PLAIN.matcher(t).matches()) {
            int minutes = parseInt(t, text);
            if (minutes > MAX) {
                throw new TooLong(text);
            }
            return new Minutes(minutes);
        }
        Matcher m = UNITS.matcher(t);
        if (t.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
            throw new IllegalArgumentException("'" + text + "' is not a length: write minutes as 90, 90m, 2h, 1h30m or 3.5h");
        }
        double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
        // Checked before multiplying: a hundred-digit hour count must not round and wrap into a few minutes.
        if (hours > MAX_HOURS) {
            throw new TooLong(text);
        }
        long total = Math.round(hours * 60) + (m.group(2) == null ? 0 : parseInt(m.group(2), text));
        if (total > MAX) {
            throw new TooLong(text);
        }
        return new Minutes((int) total);
    }

    private static int parseInt(String digits, String original) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new TooLong(original);
        }
    }

    public Minutes plus(Minutes other) {
        return new Minutes(Math.min(MAX, value + other.value));
    }

    public double hours() {
        return value / 60.0;
    }

    @Override
    public int compareTo(Minutes other) {
        return Integer.compare(value, other.value);
    }

    /** The length as a person writes it: {@code 45m}, {@code 2h}, {@code 1h 56m}. */
    @Override
    public String toString() {
        int h = value / 60;
        int m = value % 60;
        if (h == 0) {
            return m + "m";
        }
        return m == 0 ? h + "h" : h + "h " + m + "m";
    }
}
