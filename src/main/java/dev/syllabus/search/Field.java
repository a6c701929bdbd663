package dev.syllabus.search;

import java.util.List;

/**
 * The searchable text fields of an index document and their weight in ranking: names (title and aliases) above
 * summaries and notes, above the concepts a document covers and the people who made it, above body text.
 */
enum Field {
    TITLE("title", 2.5f),
    NAMES("names", 3.5f),
    SUMMARY("summary", 2.0f),
    NOTES("notes", 1.6f),
    PEOPLE("people", 1.5f),
    CONCEPTS("concepts", 1.2f),
    BODY("body", 0.8f);

    /**
     * Where highlighted snippets come from, best first. Titles and names are shown anyway, so a hit that matched only
     * those gets its summary instead: it says more than the name just typed.
     */
    static final List<Field> SNIPPET_ORDER = List.of(SUMMARY, NOTES, BODY);

    /**
     * Fields that say what a document is about; synonyms and loose words are scored only here (matching looks for
     * them in the short match field, which also holds the people).
     */
    static final List<Field> SHORT = List.of(TITLE, NAMES, SUMMARY, NOTES, CONCEPTS);

    /**
     * Every field but the body, in one field: finding candidates and counting matches in two fields (this and the
     * body) instead of seven is what keeps a common word fast on a large index.
     */
    static final String MATCH_SHORT = "match_short";
    static final float MATCH_SHORT_BOOST = 2f;

    /** Exact names (title and aliases, analysed and joined by spaces), for the boost a query equal to a name gets. */
    static final String NAME_KEY = "name_key";
    /**
     * Every word of every field but the body, unstemmed, for correcting misspellings against the words that say what
     * documents are about (body text would double the analysis work for words nobody searches for).
     */
    static final String SPELLING = "spelling";
    /** Slugs of the concepts a document teaches, and of those a guide picked it for, as a main pick or a companion. */
    static final String TEACHES = "teaches";
    static final String PICKED_FOR = "picked_for";
    static final String COMPANION_FOR = "companion_for";
    /** Slugs of the creators of a resource, so a query naming a creator ranks up what they made. */
    static final String BY = "by";
    static final String ORDINAL = "ordinal";
    static final String PRIOR = "prior";

    private final String id;
    private final float boost;

    Field(String id, float boost) {
        this.id = id;
        this.boost = boost;
    }

    String id() {
        return id;
    }

    float boost() {
        return boost;
    }
}
