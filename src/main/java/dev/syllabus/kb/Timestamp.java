package dev.syllabus.kb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A position in a video, to the second. */
public record Timestamp(int seconds) implements Comparable<Timestamp> {
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?([0-5]?\\d):([0-5]\\d)");
    private static final Pattern UNITS = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?");

    public Timestamp {
        if (seconds < 0) {
            throw new IllegalArgumentException("a timestamp cannot be negative: " + seconds + "s");
        }
    }

    /** Reads {@code 11:08}, {@code 1:30:00}, {@code 187s}, {@code 187} or {@code 1h2m3s}. */
    public static Timestamp parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            int h = clock.group(1) == null ? 0 : Integer.parseInt(clock.group(1));
            return new Timestamp(h * 3600 + Integer.parseInt(clock.group(2)) * 60 + Integer.parseInt(clock.group(3)));
        }
        Matcher units = UNITS.matcher(t);
        if (!t.isEmpty() && t.length() <= 12 && units.matches()) {
            long seconds = part(units.group(1)) * 3600 + part(units.group(2)) * 60 + part(units.group(3));
            if (seconds <= Integer.MAX_VALUE) {
                return new Timestamp((int) seconds);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a timestamp: write it as m:ss or h:mm:ss, for example 11:08 or 1:30:00");
    }

    /** Long arithmetic, so a run of digits too large for a timestamp is reported as one rather than overflowing. */
    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    public Minutes until(Timestamp later) {
        return new Minutes(Math.max(0, (later.seconds - seconds + 30) / 60));
    }

    @Override
    public int compareTo(Timestamp other) {
        return Integer.compare(seconds, other.seconds);
    }

    /** {@code 11:08} or {@code 1:30:00}, as video players show it. */
    @Override
    public String toString() {
        int h = seconds / 3600;
        int m = seconds % 3600 / 60;
        int s = seconds % 60;
        // Not String.format: it is slow in a loop over thousands of segments, and would localise the digits.
        return (h > 0 ? h + ":" + twoDigits(m) : String.valueOf(m)) + ":" + twoDigits(s);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
