package dev.syllabus.kb;

/** A concept to understand first, why, and how strongly the dependent concept relies on it. */
public record Prerequisite(Slug concept, String reason, Strength strength) {
    /**
     * How a concept relies on a prerequisite: {@code HARD} when it cannot be followed without it, {@code SOFT} when the
     * prerequisite only gives motivation, history or context. Light plans follow hard edges only; deep plans both.
     */
    public enum Strength implements Token {
        HARD,
        SOFT
    }

    public Prerequisite {
        reason = reason == null ? "" : reason.strip();
        strength = strength == null ? Strength.HARD : strength;
    }

    /** A hard prerequisite, the default when a file says nothing about strength. */
    public Prerequisite(Slug concept, String reason) {
        this(concept, reason, Strength.HARD);
    }

    public boolean isHard() {
        return strength == Strength.HARD;
    }
}
