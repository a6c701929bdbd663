package dev.syllabus.kb;

/** A known defect of a resource's link as a source guide gave it, kept rather than silently repaired. */
public enum DefectKind implements Token {
    NOT_A_URL,
    INVALID_VIDEO_ID,
    MISSPELT_HOST,
    BARE_HOST,
    MISSING_URL,
    /** The address works but opens something other than what the source says it is. */
    WRONG_TARGET;

    /** Whether a link check can see this defect: a wrong target answers like any working address. */
    public boolean breaksTheLink() {
        return this != WRONG_TARGET;
    }
}
