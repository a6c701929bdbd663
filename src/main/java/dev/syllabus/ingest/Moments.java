package dev.syllabus.ingest;

import dev.syllabus.kb.Timestamp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the timestamps a source gives for a video ("at 11:08", "At **15:44**", "(timestamps 11:08 and 18:21)",
 * "(hallucination section ~1:30:00)") and what each covers: the rest of the sentence it opens, or the words beside it in
 * its parentheses.
 */
final class Moments {
    private static final Pattern STAMP = Pattern.compile("(~|about |around |approx\\.? )?(?<![\\d:.])((?:\\d{1,2}:)?[0-5]?\\d:[0-5]\\d)(?![\\d:])");
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(timestamps?|at|and|around|about|from)\\b|[~,;]");
    private static final int MAX_COVERS = 160;

    private Moments() {
    }

    static List<Moment> find(String text) {
        List<Moment> out = new ArrayList<>();
        Matcher m = STAMP.matcher(text);
        while (m.find()) {
            Timestamp at;
            try {
                at = Timestamp.parse(m.group(2));
            } catch (IllegalArgumentException e) {
                continue;
            }
            out.add(new Moment(at, m.group(1) != null, covers(text, m.start(), m.end())));
        }
        return out;
    }

    private static String covers(String text, int start, int end) {
        int open = text.lastIndexOf('(', start);
        int close = text.indexOf(')', end);
        if (open >= 0 && close >= 0 && text.lastIndexOf(')', start) < open && close - open < 200) {
            String inside = text.substring(open + 1, start) + " " + text.substring(end, close);
            return trim(FILLER.matcher(STAMP.matcher(inside).replaceAll(" ")).replaceAll(" "));
        }
        String after = trim(text.substring(end, Sentences.endAfter(text, end)));
        if (after.split("\\s+").length >= 3) {
            return after;
        }
        // "Self-attention gets coded from 1:02:00 on": the words before the time say what happens there.
        String before = text.substring(Sentences.startBefore(text, start), start).replaceFirst("(?i)\\s*\\b(from|at|around|about|~)\\s*$", "");
        return trim(before.isBlank() ? after : before);
    }

    private static String trim(String s) {
        String c = s.replaceAll("\\s+", " ").strip();
        c = c.replaceAll("^[^\\p{L}\\d(]+", "").replaceAll("[\\s.:;,]+$", "");
        return c.length() > MAX_COVERS ? c.substring(0, MAX_COVERS - 3).strip() + "..." : c;
    }
}
