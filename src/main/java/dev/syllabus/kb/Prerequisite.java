package dev.syllabus.kb;

/** A concept that must be understood first, and why. */
public record Prerequisite(Slug concept, String reason) {
    public Prerequisite {
        reason = reason == null ? "" : reason.strip();
    }
}
