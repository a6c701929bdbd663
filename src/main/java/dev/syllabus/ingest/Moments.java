package dev.syllabus.ingest;

import dev.syllabus.kb.Timestamp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the timestamps a source gives for a video ("at 11:08", "At **15:44**", "(timestamps 11:08 and 18:21)",
 * "(hallucination section ~1:30:00)") and what each covers: the rest of the sentence it opens, or the words beside it in
 * its parentheses.
 */
final class Moments {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEAD_IN = Pattern.compile("(?i)\\s*\\b(from|at|around|about|~)\\s*$");
    private static final Pattern OPENING = Pattern.compile("^[^\\p{L}\\d(]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.:;,]+$");
    /** The words that make a time approximate, just before it. */
    private static final List<String> APPROX = List.of("~", "about ", "around ", "approx. ", "approx ");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:.])((?:\\d{1,2}:)?[0-5]?\\d:[0-5]\\d)(?![\\d:])");
    /** A time with the qualifier before it, removed with it from the words beside it. */
    private static final Pattern STAMP = Pattern.compile("(~|about |around |approx\\.? )?" + TIME.pattern());
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(timestamps?|at|and|around|about|from)\\b|[~,;]");
    private static final int MAX_COVERS = 160;

    private Moments() {
    }

    static List<Moment> find(String text) {
        List<Moment> out = new ArrayList<>();
        if (!hasClockTime(text)) {
            return out;
        }
        NumberMatches m = new NumberMatches(TIME, text, APPROX, false);
        while (m.next()) {
            Timestamp at;
            try {
                at = Timestamp.parse(m.matcher().group(1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            out.add(new Moment(at, m.qualified(), covers(text, m.start(), m.end())));
        }
        return out;
    }

    /** A colon between two digits: the only texts the pattern can match. */
    private static boolean hasClockTime(String text) {
        for (int i = text.indexOf(':'); i >= 0 && i + 1 < text.length(); i = text.indexOf(':', i + 1)) {
            if (i > 0 && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String covers(String text, int start, int end) {
        int open = text.lastIndexOf('(', start);
        int close = text.indexOf(')', end);
        if (open >= 0 && close >= 0 && text.lastIndexOf(')', start) < open && close - open < 200) {
            String inside = text.substring(open + 1, start) + " " + text.substring(end, close);
            return trim(FILLER.matcher(STAMP.matcher(inside).replaceAll(" ")).replaceAll(" "));
        }
        String after = trim(text.substring(end, Sentences.endAfter(text, end)));
        if (SPACES.split(after).length >= 3) {
            return after;
        }
        // "Self-attention gets coded from 1:02:00 on": the words before the time say what happens there.
        String before = LEAD_IN.matcher(text.substring(Sentences.startBefore(text, start), start)).replaceFirst("");
        return trim(before.isBlank() ? after : before);
    }

    private static String trim(String s) {
        String c = SPACES.matcher(s).replaceAll(" ").strip();
        c = TRAILING.matcher(OPENING.matcher(c).replaceAll("")).replaceAll("");
        return c.length() > MAX_COVERS ? c.substring(0, MAX_COVERS - 3).strip() + "..." : c;
    }
}
