package dev.syllabus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain-text guides have no heading markup: a line such as "Step 2: Build a Transformer (~2 hours)", "Phase 1: Core
 * Architecture" or a short title-case line ("Paper Path") is a heading all the same. CommonMark folds such lines into
 * the paragraph around them; this splits them out again.
 */
final class PseudoHeadings {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Below every Markdown heading level, so a real heading always closes a pseudo-heading's section. */
    static final int LEVEL = 7;

    private static final Pattern NUMBERED = Pattern.compile(
            "(?i)(step|phase|part|week|module|stage|day|unit|lesson|section)\\s+\\d+[a-z]?\\s*[:.—–-].*");
    private static final Pattern END_PUNCTUATION = Pattern.compile(".*[.,;:!?)\\]]$");

    private PseudoHeadings() {
    }

    static List<Block> split(int firstLine, String text, List<Link> links) {
        List<Block> out = new ArrayList<>();
        int pending = 0;
        int pendingLine = firstLine;
        int start = 0;
        int lineNo = firstLine;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (isHeading(text.substring(start, end), hasLink(links, start, end))) {
                flush(out, pendingLine, text, links, pending, start);
                out.add(Block.heading(lineNo, LEVEL, text.substring(start, end).strip(), List.of()));
                pending = end + 1;
                pendingLine = lineNo + 1;
            }
            start = end + 1;
            lineNo++;
        }
        flush(out, pendingLine, text, links, pending, text.length());
        return out;
    }

    /** Where the first heading line after the first line starts, or the text's length when there is none. */
    static int firstHeadingLine(String text, List<Link> links) {
        int start = text.indexOf('\n') + 1;
        while (start > 0 && start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (isHeading(text.substring(start, end), hasLink(links, start, end))) {
                return start;
            }
            start = end + 1;
        }
        return text.length();
    }

    private static void flush(List<Block> out, int line, String text, List<Link> links, int from, int to) {
        if (from >= to || text.substring(from, to).isBlank()) {
            return;
        }
        List<Link> inside = links.stream().filter(l -> l.start() >= from && l.end() <= to)
                .map(l -> l.moved(l.start() - from, l.end() - from)).toList();
        out.add(Block.paragraph(line, text.substring(from, to), inside));
    }

    private static boolean hasLink(List<Link> links, int from, int to) {
        return links.stream().anyMatch(l -> l.start() < to && l.end() > from);
    }

    static boolean isHeading(String line, boolean linked) {
        String s = line.strip();
        if (linked || s.isEmpty() || s.length() > 80) {
            return false;
        }
        if (NUMBERED.matcher(s).matches()) {
            return true;
        }
        return isTitleCase(s) && !END_PUNCTUATION.matcher(s).matches();
    }

    /** Up to eight words, the first capitalised, and every word of four letters or more capitalised. */
    private static boolean isTitleCase(String s) {
        String[] words = SPACES.split(s);
        if (words.length > 8 || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (w.length() >= 4 && Character.isLetter(w.codePointAt(0)) && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
