package dev.syllabus.kb;

/** What a learner must do to open a resource. */
public enum Access implements Token {
    FREE,
    REGISTRATION,
    PAID;
}
