package dev.syllabus.web;

import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;

/**
 * Lengths as a page shows them: "26 min", "2 h 30 min". An estimated length carries a leading "~" instead of the word
 * "(estimated)" on every line; a page that shows one explains the mark once.
 */
public final class Lengths {
    /** The mark of an estimated length, explained once per page. */
    public static final String ESTIMATE_MARK = "~";

    private Lengths() {
    }

    public static String of(Minutes m) {
        int h = m.value() / 60;
        int min = m.value() % 60;
        if (h == 0) {
            return min + " min";
        }
        return min == 0 ? h + " h" : h + " h " + min + " min";
    }

    /** A resource's length, with the estimate mark when no source states it. */
    public static String of(Resource r) {
        return (r.lengthBasis() == LengthBasis.ESTIMATED ? ESTIMATE_MARK : "") + of(r.minutes());
    }

    static boolean estimated(Resource r) {
        return r.lengthBasis() == LengthBasis.ESTIMATED;
    }
}
