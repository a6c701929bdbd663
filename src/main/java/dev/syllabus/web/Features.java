package dev.syllabus.web;

import dev.syllabus.cache.CacheDirectory;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.plan.Planner;
import dev.syllabus.search.SearchIndex;

import java.time.Clock;
import java.util.Optional;

/** The search index and planner built for one knowledge base, swapped in together with its pages. */
record Features(SearchIndex search, Planner planner, Clock clock) {
    static Features of(KnowledgeBase kb, Clock clock) {
        return of(kb, clock, Optional.empty(), CacheDirectory.none());
    }

    /** As {@link #of(KnowledgeBase, Clock)}, the index read from {@code cache} when the content has a key there. */
    static Features of(KnowledgeBase kb, Clock clock, Optional<String> contentKey, CacheDirectory cache) {
        Planner.prepare(kb);
        SearchIndex index = contentKey.map(key -> SearchIndex.cached(() -> kb, key, cache)).orElseGet(() -> SearchIndex.build(kb));
        return new Features(index, new Planner(clock), clock);
    }
}
