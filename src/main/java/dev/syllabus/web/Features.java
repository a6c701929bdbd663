package dev.syllabus.web;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.search.SearchIndex;

/** The search index and planner built for one knowledge base, swapped in together with its pages. */
record Features(SearchIndex search) {
    static Features of(KnowledgeBase kb) {
        return new Features(SearchIndex.build(kb));
    }
}
