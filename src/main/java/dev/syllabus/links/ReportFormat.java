package dev.syllabus.links;

import dev.syllabus.view.Json;

import java.util.ArrayList;
import java.util.List;
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
            List<ItemView> items = new ArrayList<>();
            r.items().forEach(c -> items.add(ItemView.of(c)));
            var counts = r.counts();
            return Json.pretty(new ReportView(new SummaryView(r.items().size(), counts.get(Verdict.OK), counts.get(Verdict.BROKEN),
                    counts.get(Verdict.MALFORMED), counts.get(Verdict.UNVERIFIABLE), counts.get(Verdict.SKIPPED), r.documented(),
                    r.suggestions(), r.cached(), r.elapsed().toMillis()), items)) + "\n";
        }
    },
    JUNIT {
        @Override
        public String render(Report r, boolean verbose) {
            return JunitXml.render(r);
        }
    };

    public abstract String render(Report r, boolean verbose);

    /** The JSON form of a report. */
    record ReportView(SummaryView summary, List<ItemView> results) {
    }

    /** The JSON form of a report's counts. */
    record SummaryView(int addresses, int ok, int broken, int malformed, int unverifiable, int skipped, long documented,
                       long redirectsToUpdate, long fromCache, long millis) {
    }

    /** The JSON form of one address's result. */
    record ItemView(String address, String status, int code, String detail, List<Hop> redirects, String suggestion,
                    String checked, boolean cached, String documented, List<String> foundIn) {
        static ItemView of(Checked c) {
            Outcome o = c.outcome();
            return new ItemView(o.address(), o.verdict().id(), o.code(), o.detail(), o.redirects(), o.suggestion().orElse(null),
                    IsoInstant.of(o.checked()), o.cached(), c.target().documented().orElse(null),
                    c.target().occurrences().stream().map(Occurrence::toString).toList());
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
