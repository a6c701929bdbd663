package dev.syllabus.search;

import java.util.List;

/**
 * What the planner made of a query text: the Lucene queries to run (absent when there is nothing to run), the text
 * actually searched after spelling correction, and notices to show the learner.
 */
record QueryPlan(Outcome outcome, String searchedFor, RankingQuery.Queries queries, List<String> notices) {
    QueryPlan {
        notices = List.copyOf(notices);
    }

    /** Whether to run the query, list everything (a blank query), or show nothing (no searchable word). */
    enum Outcome { SEARCH, BROWSE, NOTHING_TO_SEARCH }
}
