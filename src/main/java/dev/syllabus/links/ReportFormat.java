package dev.syllabus.links;

import java.util.Optional;

/** The ways a report is printed: for people (text, Markdown), for programs (JSON) and for CI dashboards (JUnit XML). */
public enum ReportFormat {
    TEXT {
        @Override
        public String render(Report r, boolean verbose) {
            StringBuilder b = new StringBuilder();
            for (Checked c : r.items()) {
                if (verbose || c.outcome().verdict() != Verdict.OK || c.outcome().suggestion().isPresent()) {
                    b.append(TextLines.line(c)).append('\n');
                }
            }
            return b.append(r.summary()).append('\n').toString();
        }
    },
    MARKDOWN {
        @Override
        public String render(Report r, boolean verbose) {
            return MarkdownLines.render(r, verbose);
        }
    },
    JSON {
        @Override
        public String render(Report r, boolean verbose) {
            return JsonReport.render(r);
        }
    },
    JUNIT {
        @Override
        public String render(Report r, boolean verbose) {
            return JunitXml.render(r);
        }
    };

    public abstract String render(Report r, boolean verbose);

    public static Optional<ReportFormat> named(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
