package dev.syllabus.fuzz;

import java.util.Random;

/**
 * Random text made of the pieces content files and guides are built from, of the ways they break, and of nesting far
 * deeper than anyone writes (quotes, lists, brackets, emphasis, YAML collections). One seed, one text.
 */
final class HostileText {
    private static final String[] MARKDOWN = {"[", "]", "(", ")", "<", ">", "> ", "**", "__", "*", "_", "`", "```\n", "#", "## ",
            "- ", "* ", "+ ", "  - ", "1. ", "2) ", "|", "|---|", "\n", "\n\n", "  ", "    ", "\t", "\r\n", "https://", "http://",
            "//evil.example/x", "www.", "youtu.be/", "youtube.com/watch?v=", "&t=187s", "javascript:", "data:", "<h2>", "</h2>",
            "<a href='", "'>", "</a>", "<div>", "</div>", "<!--", "-->", "[[", "]]", "[[self-attention]]", "](", "![", "\"", "'",
            "’", "😊", "\u0000", "\uFFFD", "\\", "&amp;", "&#", ":", ";", ".", ",", "~1:30:00", "11:08", "99999999999 hours"};
    private static final String[] YAML = {"title: ", "kind: ", "creators: ", "covers: ", "url: ", "prerequisites: ", "segments: ",
            "length: ", "- ", "  ", "[", "]", "{", "}", ",", ":", ": ", "\n", "\"", "'", "&a ", "*a", "!!str ", "!!binary ", "? ",
            "|", ">", "#", "null", "~", "true", "1e999", "-1", "9999-12-31", "+999999999-12-31", "article", "video",
            "https://example.org/x", "//evil.example/x", "self-attention", "demo-channel", "\u0000", "\t", "<<: *a"};

    private HostileText() {
    }

    /** Markdown-like prose, one time in ten nested thousands of levels deep. */
    static String markdown(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(10) == 0) {
            b.append(deepMarkdown(random));
        }
        soup(random, pieces, MARKDOWN, b);
        if (random.nextInt(10) == 0) {
            b.append(deepMarkdown(random));
        }
        return b.toString();
    }

    /** YAML-like front matter, one time in ten nested thousands of levels deep. */
    static String yaml(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        soup(random, pieces, YAML, b);
        if (random.nextInt(10) == 0) {
            int depth = 200 + random.nextInt(20_000);
            String open = random.nextBoolean() ? "[" : "{a: ";
            b.append("\nextra: ").append(open.repeat(depth)).append(random.nextBoolean() ? "x" : "");
            b.append((open.equals("[") ? "]" : "}").repeat(random.nextInt(depth + 1)));
        }
        if (random.nextInt(20) == 0) {
            for (int i = 0, depth = 200 + random.nextInt(2_000); i < depth; i++) {
                b.append('\n').append(" ".repeat(i)).append("- k").append(i).append(':');
            }
        }
        return b.toString();
    }

    private static String deepMarkdown(Random random) {
        int depth = 200 + random.nextInt(random.nextBoolean() ? 3_000 : 100_000);
        return switch (random.nextInt(6)) {
            case 0 -> ">".repeat(depth) + " quoted\n";
            case 1 -> "- ".repeat(depth) + "listed\n";
            case 2 -> indentedList(Math.min(depth, 3_000));
            case 3 -> "*".repeat(depth) + "strong" + "*".repeat(depth) + "\n";
            case 4 -> "![".repeat(depth) + "x" + "](u)".repeat(depth) + "\n";
            default -> "> - ".repeat(depth) + "mixed\n";
        };
    }

    private static String indentedList(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        return b.toString();
    }

    private static void soup(Random random, int pieces, String[] from, StringBuilder b) {
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(4) == 0) {
                b.append((char) ('a' + random.nextInt(26))).append(random.nextBoolean() ? "" : " ");
            } else {
                b.append(from[random.nextInt(from.length)]);
            }
        }
    }
}
