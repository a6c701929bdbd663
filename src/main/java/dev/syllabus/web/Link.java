package dev.syllabus.web;

/** A labelled link in a page, with an optional note (a prerequisite's reason, an entity's kind). */
public record Link(String href, String label, String note) {
    public Link {
        note = note == null ? "" : note;
    }

    public boolean external() {
        return href.startsWith("http://") || href.startsWith("https://");
    }

    public boolean hasNote() {
        return !note.isEmpty();
    }
}
