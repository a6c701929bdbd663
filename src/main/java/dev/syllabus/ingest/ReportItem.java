package dev.syllabus.ingest;

import java.util.List;

/**
 * What the import found for one resource (or one mention it could not use) and what it did: a new draft, already
 * known, new facts merged, a conflict left to the curator, or skipped with the reason. {@code origins} are the
 * {@code file:line} places it was mentioned; {@code facts} what was read (a new draft's length and segments) or merged;
 * {@code notes} are remarks such as a differing kind or length; {@code sourceNote} is the curator's note in the source.
 */
public record ReportItem(Status status, String slug, String title, String kind, String url, List<String> creators,
                         List<String> origins, String under, String reason, List<String> facts, List<Conflict> conflicts,
                         List<String> notes, String sourceNote) {
    /** The outcome for one item. */
    public enum Status {
        NEW, KNOWN, MERGED, CONFLICT, SKIPPED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ReportItem {
        slug = slug == null ? "" : slug;
        title = title == null ? "" : title;
        kind = kind == null ? "" : kind;
        url = url == null ? "" : url;
        creators = List.copyOf(creators);
        origins = List.copyOf(origins);
        under = under == null ? "" : under;
        reason = reason == null ? "" : reason;
        facts = List.copyOf(facts);
        conflicts = List.copyOf(conflicts);
        notes = List.copyOf(notes);
        sourceNote = sourceNote == null ? "" : sourceNote;
    }
}
