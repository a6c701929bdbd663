package dev.syllabus.ingest;

import java.util.List;

/**
 * One unit of a document's outline, whatever the markup: a heading, a paragraph, a list item with its nested items, or
 * a table row whose cells are its children (each written {@code Header: cell}). {@code text} is plain text with the
 * links' shown text inline; {@code line} is 1-based in the source file.
 */
record Block(Kind kind, int line, int level, String text, List<Link> links, List<Block> children) {
    enum Kind { HEADING, PARAGRAPH, ITEM, ROW }

    Block {
        text = text == null ? "" : text;
        int length = text.length();
        // Offsets always lie within the text, whatever trimming the readers did, so no reader can index past it.
        links = links.stream().map(l -> l.moved(clamp(l.start(), 0, length), clamp(l.end(), clamp(l.start(), 0, length), length)))
                .toList();
        children = List.copyOf(children);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(value, max));
    }

    /** The same block {@code lines} lines further down, as read from a part of a document that starts there. */
    Block shifted(int lines) {
        return lines == 0 ? this : new Block(kind, line + lines, level, text, links, children.stream().map(c -> c.shifted(lines)).toList());
    }

    static Block heading(int line, int level, String text, List<Link> links) {
        return new Block(Kind.HEADING, line, level, text, links, List.of());
    }

    static Block paragraph(int line, String text, List<Link> links) {
        return new Block(Kind.PARAGRAPH, line, 0, text, links, List.of());
    }
}
