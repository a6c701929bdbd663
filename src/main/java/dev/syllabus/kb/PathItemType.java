package dev.syllabus.kb;

/** What a step of a learning path points at. */
public enum PathItemType implements Token {
    RESOURCE,
    PAPER,
    CONCEPT,
    ACTIVITY;
}
