package dev.syllabus.progress;

import dev.syllabus.kb.Token;

/** Where a learner stands with one item: studying it, finished it, or chose to pass it by. */
public enum Status implements Token {
    LEARNING,
    DONE,
    SKIPPED;

    /** Whether a plan leaves the item out: it is finished or deliberately passed by. */
    public boolean settled() {
        return this != LEARNING;
    }
}
