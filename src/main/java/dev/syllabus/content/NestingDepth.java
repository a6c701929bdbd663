package dev.syllabus.content;

import java.util.Optional;

/**
 * How deeply a text nests, measured on the raw text before any parser sees it. The parsers we use recurse (a YAML
 * sequence in a sequence, a quote in a quote, emphasis in emphasis) or crawl (commonmark matches every open container
 * on every line: 3,000 nested list items took 70 s), so text nested deeper than anyone writes by hand is refused with
 * its line instead of being handed to them. The measures overestimate a little, never underestimate.
 */
public final class NestingDepth {
    /** Hand-written content nests a few levels; guides a dozen at most. */
    public static final int LIMIT = 100;

    /** The first line of a text that nests deeper than {@link #LIMIT}, and how deep it got there. */
    public record TooDeep(int line, int depth) {
        /** What to tell the author, after the file and line. */
        public String message() {
            return "nested " + depth + " levels deep (quotes, lists, brackets or emphasis inside each other), more than the "
                    + LIMIT + " this reader accepts: flatten it";
        }
    }

    private NestingDepth() {
    }

    /** Block quotes, list items and their indentation on each line; emphasis and brackets within each paragraph. */
    public static Optional<TooDeep> markdown(String text, int firstLine) {
        int line = firstLine;
        int inline = 0;
        int brackets = 0;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int blocks = containerPrefix(text, start, end);
            if (text.substring(start, end).isBlank()) {
                inline = 0;
                brackets = 0;
            }
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets = Math.max(0, brackets - 1);
                } else if (c == '*' || c == '_') {
                    int run = i;
                    while (run < end && text.charAt(run) == c) {
                        run++;
                    }
                    inline = Math.max(0, inline + delimiterEffect(text, start, i, run, end));
                    i = run - 1;
                }
                int depth = blocks + inline + brackets;
                if (depth > LIMIT) {
                    return Optional.of(new TooDeep(line, depth));
                }
            }
            if (blocks > LIMIT) {
                return Optional.of(new TooDeep(line, blocks));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** Flow collections ({@code [ {}) and the indentation of block ones, on each line of YAML. */
    public static Optional<TooDeep> yaml(String text, int firstLine) {
        int line = firstLine;
        int flow = 0;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int indent = 0;
            while (start + indent < end && (text.charAt(start + indent) == ' ' || text.charAt(start + indent) == '-')) {
                indent++;
            }
            char quote = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    // A quote opens a quoted scalar only where a value starts; "it's" is text.
                    quote = i == start + indent || " [{,:".indexOf(text.charAt(i - 1)) >= 0 ? c : 0;
                } else if (c == '#' && (i == start || text.charAt(i - 1) == ' ')) {
                    break;
                } else if (c == '[' || c == '{') {
                    flow++;
                } else if (c == ']' || c == '}') {
                    flow = Math.max(0, flow - 1);
                }
                if (indent + flow > LIMIT) {
                    return Optional.of(new TooDeep(line, indent + flow));
                }
            }
            if (indent > LIMIT) {
                return Optional.of(new TooDeep(line, indent));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** Quote markers, list markers and half the indentation before a line's text. */
    private static int containerPrefix(String text, int start, int end) {
        int width = 0;
        int markers = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                width++;
                i++;
            } else if (c == '\t') {
                width += 4;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                markers++;
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && (j + 1 == end || text.charAt(j + 1) == ' ')) {
                    markers++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers + width / 2;
    }

    /**
     * A run of {@code *} or {@code _} that can open emphasis deepens the paragraph by its length; one that can only
     * close it undoes that. As in CommonMark, {@code *} opens wherever text follows it (inside words too), {@code _}
     * only at a word's start, so snake_case names are text.
     */
    private static int delimiterEffect(String text, int lineStart, int from, int to, int lineEnd) {
        char before = from == lineStart ? ' ' : text.charAt(from - 1);
        char after = to == lineEnd ? ' ' : text.charAt(to);
        boolean textBefore = !Character.isWhitespace(before);
        boolean textAfter = !Character.isWhitespace(after);
        boolean opens = text.charAt(from) == '*' ? textAfter : textAfter && (!textBefore || !Character.isLetterOrDigit(before));
        boolean closes = text.charAt(from) == '*' ? textBefore : textBefore && (!textAfter || !Character.isLetterOrDigit(after));
        return opens ? to - from : closes ? -(to - from) : 0;
    }
}
