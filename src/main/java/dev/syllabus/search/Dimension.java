package dev.syllabus.search;

import dev.syllabus.kb.Token;

import java.util.Optional;

/** The filters a search can narrow by, each counted as a facet; a document may have several values of one. */
enum Dimension {
    TYPE,
    KIND,
    CREATOR,
    AREA,
    LEVEL,
    ACCESS;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    String id() {
        return id;
    }

    /** The value the query filters this dimension by, as the index stores it. */
    Optional<String> selection(SearchQuery q) {
        return switch (this) {
            case TYPE -> q.type().map(Token::id);
            case KIND -> q.kind().map(Token::id);
            case CREATOR -> q.creator().map(Object::toString);
            case AREA -> q.area().map(Token::id);
            case LEVEL -> q.level().map(Token::id);
            case ACCESS -> q.access().map(Token::id);
        };
    }
}
