package dev.syllabus.search;

import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.Token;

import java.util.Optional;

/** What a search hit is: an entity page, or a segment of a video or book that opens at its own place. */
public enum HitType implements Token {
    CONCEPT,
    PAPER,
    RESOURCE,
    SEGMENT,
    CREATOR,
    PATH,
    GUIDE;

    static HitType of(EntityType type) {
        return switch (type) {
            case CONCEPT -> CONCEPT;
            case PAPER -> PAPER;
            case RESOURCE -> RESOURCE;
            case CREATOR -> CREATOR;
            case PATH -> PATH;
            case GUIDE -> GUIDE;
        };
    }

    public static Optional<HitType> fromId(String id) {
        return Token.parse(HitType.class, id);
    }
}
