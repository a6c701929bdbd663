package dev.syllabus.kb;

/** An item a learning path deliberately leaves for later, with the curator's reason. */
public record Postponed(Slug ref, String reason) {
    public Postponed {
        reason = reason == null ? "" : reason.strip();
    }
}
