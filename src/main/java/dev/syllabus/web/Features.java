package dev.syllabus.web;

import dev.syllabus.kb.KnowledgeBase;

/** The search index and planner built for one knowledge base, swapped in together with its pages. */
record Features() {
    static Features of(KnowledgeBase kb) {
        return new Features();
    }
}
