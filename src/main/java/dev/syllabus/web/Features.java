package dev.syllabus.web;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.plan.Planner;
import dev.syllabus.search.SearchIndex;

import java.time.Clock;

/** The search index and planner built for one knowledge base, swapped in together with its pages. */
record Features(SearchIndex search, Planner planner, Clock clock) {
    static Features of(KnowledgeBase kb, Clock clock) {
        Planner.prepare(kb);
        return new Features(SearchIndex.build(kb), new Planner(clock), clock);
    }
}
