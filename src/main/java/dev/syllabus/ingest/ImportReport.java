package dev.syllabus.ingest;

import java.util.List;

/**
 * The outcome of one import: an item per resource found (new, known, merged, conflicting) and per mention skipped, and
 * the files written relative to the content directory (none for a dry run or when nothing changed).
 */
public record ImportReport(List<String> sources, List<ReportItem> items, List<String> written, boolean dryRun) {
    public ImportReport {
        sources = List.copyOf(sources);
        items = List.copyOf(items);
        written = List.copyOf(written);
    }

    public long count(ReportItem.Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    /** Conflicts reported, including those on new items whose sources disagree among themselves. */
    public long conflicts() {
        return items.stream().mapToLong(i -> i.conflicts().size()).sum();
    }

    public ImportReport withWritten(List<String> files) {
        return new ImportReport(sources, items, files, dryRun);
    }
}
