package dev.syllabus.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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

        @Override
        public void write(Report r, boolean verbose, Writer out) {
            JsonReport.write(r, out);
        }
    },
    JUNIT {
        @Override
        public String render(Report r, boolean verbose) {
            return JunitXml.render(r);
        }
    };

    public abstract String render(Report r, boolean verbose);

    /**
     * Writes what {@link #render} returns to {@code out}, which is left open. JSON streams as it is made: a report of
     * 10,000 addresses is 2.7 MB, which took a twentieth of such a check to gather as one string before printing.
     */
    public void write(Report r, boolean verbose, Writer out) {
        try {
            out.write(render(r, verbose));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report", e);
        }
    }

    public static Optional<ReportFormat> named(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
