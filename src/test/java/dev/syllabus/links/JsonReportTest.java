package dev.syllabus.links;

import dev.syllabus.view.Json;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonReportTest {
    /** The records the report was written from by the shared mapper; the streamed report must give the same text. */
    record ReportView(SummaryView summary, List<ItemView> results) {
    }

    record SummaryView(int addresses, int ok, int broken, int malformed, int unverifiable, int skipped, long documented,
                       long redirectsToUpdate, long fromCache, long millis) {
    }

    record ItemView(String address, String status, int code, String detail, List<Hop> redirects, String suggestion,
                    String checked, boolean cached, String documented, List<String> foundIn) {
    }

    private static final Instant AT = Instant.parse("2026-12-03T09:49:26.455386085Z");

    @Test
    void aReportReadsAsTheSharedMapperWroteItFromRecords() {
        Outcome moved = new Outcome("https://example.org/old", Verdict.OK, 200, "HTTP 200",
                List.of(new Hop("https://example.org/old", 301)), Optional.of("https://example.org/new"), AT, false);
        Outcome odd = Outcome.of("https://example.org/ü?q=\"x\"&y=<z>", Verdict.BROKEN, 404, "HTTP 404: not found \\ \t\n\u0001 é ✓",
                Instant.parse("2026-12-03T09:49:27Z"));
        Outcome cached = Outcome.of("mailto:a@example.org", Verdict.SKIPPED, 0, "a mailto: link, not a web page", AT).fromCache();
        Target documented = new Target(odd.address(), List.of(new Occurrence("content/a.md", 3, "url"),
                new Occurrence("b.html", 0, "")), Optional.of("dead-link"));
        Report r = new Report(List.of(new Checked(Target.of(moved.address(), new Occurrence("a.md", 1, "")), moved),
                new Checked(documented, odd), new Checked(Target.of(cached.address(), new Occurrence("c.md", 2, "")), cached)),
                Duration.ofMillis(1234));
        assertEquals(Json.pretty(view(r)) + "\n", JsonReport.render(r));
    }

    @Test
    void anEmptyReportToo() {
        Report r = new Report(List.of(), Duration.ZERO);
        assertEquals(Json.pretty(view(r)) + "\n", JsonReport.render(r));
    }

    @Test
    void writtenToAStreamItIsTheSameTextAndTheStreamStaysOpen() {
        Outcome ok = Outcome.of("https://example.org/a", Verdict.OK, 200, "HTTP 200", AT);
        Report r = new Report(List.of(new Checked(Target.of(ok.address(), new Occurrence("a.md", 1, "")), ok)), Duration.ZERO);
        StringWriter out = new StringWriter();
        ReportFormat.JSON.write(r, false, out);
        out.write("after");
        assertEquals(JsonReport.render(r) + "after", out.toString());
    }

    private static ReportView view(Report r) {
        var counts = r.counts();
        return new ReportView(new SummaryView(r.items().size(), counts.get(Verdict.OK), counts.get(Verdict.BROKEN),
                counts.get(Verdict.MALFORMED), counts.get(Verdict.UNVERIFIABLE), counts.get(Verdict.SKIPPED), r.documented(),
                r.suggestions(), r.cached(), r.elapsed().toMillis()), r.items().stream().map(c -> {
                    Outcome o = c.outcome();
                    return new ItemView(o.address(), o.verdict().id(), o.code(), o.detail(), o.redirects(),
                            o.suggestion().orElse(null), o.checked().toString(), o.cached(),
                            c.target().documented().orElse(null), c.target().occurrences().stream().map(Occurrence::toString).toList());
                }).toList());
    }
}
