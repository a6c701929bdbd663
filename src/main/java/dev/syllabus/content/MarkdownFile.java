package dev.syllabus.content;

import java.util.Optional;

/** A content file split into its YAML front matter and its Markdown body, remembering where the body starts. */
record MarkdownFile(String frontMatter, String body, int frontMatterStartLine, int bodyStartLine) {
    private static final String FENCE = "---";

    /** Splits {@code text}; empty when the file does not open with a {@code ---} line or never closes it. */
    static Optional<MarkdownFile> split(String text) {
        String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalised = normalised.replace("\r\n", "\n");
        String[] lines = normalised.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                String front = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new MarkdownFile(front, body.strip().isEmpty() ? "" : body, 2, i + 2));
            }
        }
        return Optional.empty();
    }
}
