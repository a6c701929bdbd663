package dev.syllabus.kb;

/** A defect in how a source gave a resource's link, recorded so validation reports it instead of failing on it. */
public record KnownDefect(DefectKind kind, String note) {
    public KnownDefect {
        note = note == null ? "" : note.strip();
    }
}
