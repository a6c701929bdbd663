package dev.syllabus.kb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A curator's stated time estimate: one length ({@code ~2h}) or a range ({@code 10h-15h}). */
public record Estimate(Minutes low, Minutes high) {
    private static final Pattern TRAILING_UNIT = Pattern.compile("[a-z]+$", Pattern.CASE_INSENSITIVE);

    public Estimate {
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("estimate range " + low + "-" + high + " runs backwards: write the smaller length first");
        }
    }

    public static Estimate of(Minutes exactly) {
        return new Estimate(exactly, exactly);
    }

    /**
     * Reads {@code 2h}, {@code ~2h}, {@code 10h-15h}, {@code 10-15h} or {@code 40-60 hours}: a bare lower bound takes the
     * unit of the upper bound, as people write ranges.
     */
    public static Estimate parse(String text) {
        String t = text == null ? "" : text.trim().replace("~", "").replace("–", "-").trim();
        int dash = t.indexOf('-');
        if (dash < 0) {
            return of(Minutes.parse(t));
        }
        String lowText = t.substring(0, dash).trim();
        String highText = t.substring(dash + 1).trim();
        Matcher unit = TRAILING_UNIT.matcher(highText);
        if (lowText.matches("\\d+(\\.\\d+)?") && unit.find()) {
            lowText = lowText + unit.group();
        }
        return new Estimate(Minutes.parse(lowText), Minutes.parse(highText));
    }

    public boolean contains(Minutes m) {
        return low.compareTo(m) <= 0 && m.compareTo(high) <= 0;
    }

    public boolean isRange() {
        return !low.equals(high);
    }

    /** The middle of the range, used where one figure must stand for it. */
    public Minutes midpoint() {
        return new Minutes((low.value() + high.value()) / 2);
    }

    @Override
    public String toString() {
        return isRange() ? low + "-" + high : "~" + low;
    }
}
