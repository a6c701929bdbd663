package dev.syllabus.search;

import dev.syllabus.kb.KnowledgeBase;

/**
 * The search index of the knowledge base currently served. Hand it the knowledge base on every request: the same
 * instance gets the same index; any other instance (the content was reloaded) gets a freshly built one, and the old
 * index is dropped. Nothing but the knowledge base's identity decides, so no stale index can outlive a content change.
 */
public final class CurrentIndex {
    private SearchIndex current;

    /** The index of {@code kb}, built now if {@code kb} is not the knowledge base last asked about. */
    public synchronized SearchIndex of(KnowledgeBase kb) {
        if (current == null || current.knowledgeBase() != kb) {
            current = SearchIndex.build(kb);
        }
        return current;
    }
}
