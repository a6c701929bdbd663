package dev.syllabus.links;

/** A report as a Markdown table, for an issue or a pull request comment. */
final class MarkdownLines {
    private MarkdownLines() {
    }

    static String render(Report r, boolean verbose) {
        StringBuilder b = new StringBuilder("# Link check\n\n").append(r.summary()).append("\n\n");
        b.append("| status | address | detail | found in |\n|---|---|---|---|\n");
        for (Checked c : r.items()) {
            Outcome o = c.outcome();
            if (!verbose && o.verdict() == Verdict.OK && o.suggestion().isEmpty()) {
                continue;
            }
            String detail = o.detail() + o.suggestion().map(s -> "; use " + s).orElse("")
                    + c.target().documented().map(d -> " (documented: " + d + ")").orElse("");
            b.append("| ").append(TextLines.label(c)).append(" | ").append(cell(o.address().isEmpty() ? "(no address)" : o.address()))
                    .append(" | ").append(cell(detail)).append(" | ")
                    .append(cell(String.join(", ", c.target().occurrences().stream().map(Occurrence::toString).toList())))
                    .append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
