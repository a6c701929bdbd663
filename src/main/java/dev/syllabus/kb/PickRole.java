package dev.syllabus.kb;

/** The part a resource plays in a guide topic. */
public enum PickRole implements Token {
    ARTICLE,
    VIDEO,
    ALTERNATIVE,
    COMPANION;
}
