package dev.syllabus.content;

import java.util.Map;

/**
 * Where an entity came from: its file relative to the content root, and the line of every front-matter value
 * (by JSON pointer, e.g. {@code /prerequisites/0/concept}) so findings can point at the exact line.
 */
public record SourceFile(String path, Map<String, Integer> lines, int bodyStartLine) {
    public SourceFile {
        lines = Map.copyOf(lines);
    }

    /** The line of the value at {@code pointer}, else of its nearest enclosing value, else the file's first line. */
    public int lineOf(String pointer) {
        if ("body".equals(pointer)) {
            return bodyStartLine;
        }
        String p = pointer;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return 1;
    }

    /** The file line of a line within the Markdown body. */
    public int bodyLine(int lineInBody) {
        return bodyStartLine + lineInBody - 1;
    }
}
