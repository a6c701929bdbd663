package dev.syllabus.progress;

import dev.syllabus.kb.Token;

/** What a progress mark is about; a segment is a part of a resource and a path item a step of a curated path. */
public enum ItemKind implements Token {
    CONCEPT,
    RESOURCE,
    PAPER,
    SEGMENT,
    PATH_ITEM;

    /** Whether items of this kind name a part of their entity (a segment's number, a path item's key). */
    public boolean hasPart() {
        return this == SEGMENT || this == PATH_ITEM;
    }
}
