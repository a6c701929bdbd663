package dev.syllabus.kb;

/** The explicit marker that no suitable resource of a role exists for a guide topic, and why. */
public record Gap(PickRole role, String reason) {
    public Gap {
        reason = reason == null ? "" : reason.strip();
    }
}
