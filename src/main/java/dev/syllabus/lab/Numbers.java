package dev.syllabus.lab;

import java.util.Locale;

/** How the labs write numbers for people: grouped integers, four decimals, and large reals as 1.40e12. */
public final class Numbers {
    private Numbers() {
    }

    public static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Four decimals, the precision the pages quote probabilities and losses at. */
    public static String fixed4(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** A value of any size in the fewest characters that keep four significant digits. */
    public static String plain(double value) {
        double abs = Math.abs(value);
        if (value == Math.rint(value) && abs < 1e7) {
            return grouped((long) value);
        }
        if (abs != 0 && (abs >= 1e7 || abs < 1e-3)) {
            return String.format(Locale.ROOT, "%.3e", value).replace("e+", "e");
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
