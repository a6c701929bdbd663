package dev.syllabus.kb;

/** Where a resource's length comes from: a source that states it, or the documented estimation rule. */
public enum LengthBasis implements Token {
    STATED,
    ESTIMATED;
}
