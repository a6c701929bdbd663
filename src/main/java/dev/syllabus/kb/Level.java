package dev.syllabus.kb;

/** How much a resource assumes of its reader. */
public enum Level implements Token {
    INTRODUCTORY,
    INTERMEDIATE,
    ADVANCED;
}
