package dev.syllabus.search;

import org.apache.lucene.search.Query;

import java.util.List;

/**
 * What the planner made of a query text: the Lucene query that ranks (absent when there is nothing to run), the
 * query that decides which documents match (the same matches, without the ranking boosts, for counting them), the
 * smaller query whose words and phrases the snippets mark, the text actually searched after spelling correction, and notices
 * to show the learner.
 */
record QueryPlan(Outcome outcome, String searchedFor, Query query, Query matching, Query highlight, List<String> notices) {
    QueryPlan {
        notices = List.copyOf(notices);
    }

    /** Whether to run the query, list everything (a blank query), or show nothing (no searchable word). */
    enum Outcome { SEARCH, BROWSE, NOTHING_TO_SEARCH }
}
