package dev.syllabus.kb;

/** How a learner should work through an item: the curated paths' vocabulary. */
public enum ReadingMode implements Token {
    WATCH,
    READ_CLOSELY,
    READ_SELECTIVELY,
    SKIM,
    HANDS_ON,
    REFERENCE;
}
