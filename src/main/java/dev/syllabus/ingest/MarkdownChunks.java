package dev.syllabus.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long Markdown document into parts that CommonMark parses apart to the same blocks as whole, so the parts can be
 * parsed on several cores. A cut goes just before an ATX heading at the start of a line after a blank line: such a line
 * closes every open block, except a fenced code block or an HTML block that runs past blank lines (the cuts stop
 * before the first thing that could open one), and link reference definitions reach across the whole document (a
 * document that may have one is never cut). Text with carriage returns is not cut either, to keep line counting simple.
 */
final class MarkdownChunks {
    /** Parts smaller than this are not worth a parse of their own. */
    static final int MIN_PART = 32 * 1024;
    private static final String[] LONG_BLOCK_OPENERS = {"```", "~~~", "<!", "<?", "<script", "<pre", "<style", "<textarea"};

    /** A part of the text and the number of lines before it. */
    record Part(String text, int linesBefore) {
    }

    private MarkdownChunks() {
    }

    static List<Part> cut(String text, int minPart) {
        if (text.length() < 2L * minPart || text.indexOf('\r') >= 0 || text.contains("]:")) {
            return List.of(new Part(text, 0));
        }
        int limit = firstLongBlockOpener(text);
        List<Part> parts = new ArrayList<>();
        int start = 0;
        int lines = 0;
        int linesAtStart = 0;
        for (int at = text.indexOf('\n'); at >= 0 && at + 1 < limit; at = text.indexOf('\n', at + 1)) {
            lines++;
            int next = at + 1;
            if (next - start >= minPart && isHeadingLine(text, next) && previousLineIsBlank(text, at)) {
                parts.add(new Part(text.substring(start, next), linesAtStart));
                start = next;
                linesAtStart = lines;
            }
        }
        parts.add(new Part(text.substring(start), linesAtStart));
        return parts;
    }

    private static int firstLongBlockOpener(String text) {
        int first = text.length();
        for (String fence : new String[] {"```", "~~~"}) {
            int at = text.indexOf(fence);
            first = at >= 0 ? Math.min(first, at) : first;
        }
        for (int i = text.indexOf('<'); i >= 0 && i < first; i = text.indexOf('<', i + 1)) {
            for (String opener : LONG_BLOCK_OPENERS) {
                if (text.regionMatches(true, i, opener, 0, opener.length())) {
                    return i;
                }
            }
        }
        return first;
    }

    /** One to six '#' at the very start of the line, then a blank or the end of the line: an ATX heading. */
    private static boolean isHeadingLine(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) == '#' && i - start < 7) {
            i++;
        }
        int hashes = i - start;
        if (hashes < 1 || hashes > 6) {
            return false;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        boolean separated = i == end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
        // A table goes on through any line with a pipe, heading or not.
        return separated && text.substring(start, end).indexOf('|') < 0;
    }

    /** The line ending at {@code newline} has only blanks (or is the document's first line break after a blank). */
    private static boolean previousLineIsBlank(String text, int newline) {
        for (int i = newline - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return newline > 0;
    }
}
