package dev.syllabus.cli;

import dev.syllabus.ingest.Conflict;
import dev.syllabus.ingest.ImportReport;
import dev.syllabus.ingest.ReportItem;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The import report for the terminal (one block per item) and as JSON. */
final class ImportText {
    private ImportText() {
    }

    /** The JSON form of a report. */
    record View(List<String> sources, Map<String, Long> summary, List<ItemView> items, List<String> written, boolean dryRun) {
    }

    /** The JSON form of one item: the status as a lowercase word. */
    record ItemView(String status, String slug, String title, String kind, String url, List<String> creators,
                    List<String> origins, String under, String reason, List<String> facts, List<Conflict> conflicts,
                    List<String> notes, String sourceNote) {
    }

    static View view(ImportReport r) {
        Map<String, Long> summary = new java.util.LinkedHashMap<>();
        Arrays.stream(ReportItem.Status.values())
                .forEach(s -> summary.put(s == ReportItem.Status.CONFLICT ? "conflicting" : s.id(), r.count(s)));
        summary.put("conflicts", r.conflicts());
        List<ItemView> items = r.items().stream().map(i -> new ItemView(i.status().id(), i.slug(), i.title(), i.kind(), i.url(),
                i.creators(), i.origins(), i.under(), i.reason(), i.facts(), i.conflicts(), i.notes(), i.sourceNote())).toList();
        return new View(r.sources(), summary, items, r.written(), r.dryRun());
    }

    static void print(ImportReport r, Path into, PrintWriter out) {
        for (ReportItem.Status s : ReportItem.Status.values()) {
            r.items().stream().filter(i -> i.status() == s).forEach(i -> item(i, out));
        }
        out.printf("%d document%s: %d new, %d known, %d merged, %d conflicting, %d skipped%n", r.sources().size(),
                r.sources().size() == 1 ? "" : "s", r.count(ReportItem.Status.NEW), r.count(ReportItem.Status.KNOWN),
                r.count(ReportItem.Status.MERGED), r.count(ReportItem.Status.CONFLICT), r.count(ReportItem.Status.SKIPPED));
        if (into == null) {
            out.println((r.dryRun() ? "Dry run: nothing" : "Nothing") + " written: give --into DIR to write drafts and merge new facts.");
        } else if (r.written().isEmpty()) {
            out.println("Nothing to write in " + into + ": everything is already there.");
        } else {
            out.printf("%s %d file%s in %s: %s%n", r.dryRun() ? "Would write" : "Wrote", r.written().size(),
                    r.written().size() == 1 ? "" : "s", into, String.join(", ", r.written()));
        }
    }

    private static void item(ReportItem i, PrintWriter out) {
        String where = String.join(", ", i.origins());
        if (i.status() == ReportItem.Status.SKIPPED) {
            out.printf("%-9s %s \"%s\": %s%n", "SKIPPED", where, i.title(), i.reason());
        } else {
            out.printf("%-9s %s  %s  %s%s  [%s]%n", i.status().name(), i.slug(), i.kind(), i.url().isEmpty() ? "(no address)" : i.url(),
                    i.creators().isEmpty() ? "" : "  by " + String.join(", ", i.creators()), where);
        }
        String sign = i.status() == ReportItem.Status.NEW ? "          · " : "          + ";
        i.facts().forEach(f -> out.println(sign + f));
        i.conflicts().forEach(c -> out.printf("          ! %s: \"%s\" vs \"%s\" (%s)%n", c.field(), c.existing(), c.imported(), c.where()));
        i.notes().forEach(n -> out.println("          - " + n));
    }
}
