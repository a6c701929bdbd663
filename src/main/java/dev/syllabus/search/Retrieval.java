package dev.syllabus.search;

import dev.syllabus.search.QueryPlan.Outcome;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Runs a query plan against the index: ranks a page of hits, counts matches and filter values, writes snippets. */
final class Retrieval {
    /** How many candidates the full ranking query scores: several pages' worth, so the top is stable. */
    private static final int RESCORE_WINDOW = 50;
    /** An index this small is ranked exactly: every candidate is scored by the full ranking query. */
    private static final int RESCORE_ALL_UP_TO = 5_000;

    private final IndexSearcher searcher;
    private final List<SearchDocument> documents;
    private final int[] ordinalOfDoc;
    private final FacetTally tally;
    private final Snippets snippets;

    Retrieval(IndexSearcher searcher, List<SearchDocument> documents, int[] ordinalOfDoc, FacetTally tally, Snippets snippets) {
        this.searcher = searcher;
        this.documents = documents;
        this.ordinalOfDoc = ordinalOfDoc;
        this.tally = tally;
        this.snippets = snippets;
    }

    SearchResults run(SearchQuery query, QueryPlan plan) throws IOException {
        if (plan.outcome() == Outcome.NOTHING_TO_SEARCH || documents.isEmpty()) {
            return new SearchResults(query.text(), plan.searchedFor(), 0, query.offset(), List.of(), tally.empty(query),
                    plan.notices());
        }
        ScoreDoc[] top = rank(query, plan);
        ScoreDoc[] page = Arrays.copyOfRange(top, Math.min(query.offset(), top.length), top.length);
        FacetTally.Counted counted = tally.count(matches(plan), query);
        List<Hit> hits = hits(page, plan.outcome() == Outcome.BROWSE ? null : plan.queries().highlight());
        return new SearchResults(query.text(), plan.searchedFor(), counted.total(), query.offset(), hits,
                counted.facets(), plan.notices());
    }

    /** Every document that matches, unscored and unfiltered: the tally applies the filters itself. */
    private BitSet matches(QueryPlan plan) throws IOException {
        Query matching = plan.outcome() == Outcome.BROWSE ? new MatchAllDocsQuery() : new ConstantScoreQuery(plan.queries().matching());
        return searcher.search(matching, MatchCollector.manager(searcher.getIndexReader().maxDoc()));
    }

    /**
     * The best {@code offset + limit} hits under the query's filters, in two passes. A cheap query (the query's words in
     * two combined fields, no phrases) picks candidates, skipping documents that cannot reach the top; only those are
     * checked against the match and scored by the full ranking query over every field, then scaled by their type's
     * prior and re-sorted. A small index (the bundled knowledge base) has every candidate ranked, so its ranking is
     * exact; on a large one, a match whose words score too low to be a candidate is not ranked, though it is counted.
     */
    ScoreDoc[] rank(SearchQuery query, QueryPlan plan) throws IOException {
        int wanted = query.offset() + query.limit();
        if (plan.outcome() == Outcome.BROWSE) {
            Sort byPrior = new Sort(new SortField(Field.PRIOR, SortField.Type.FLOAT, true), SortField.FIELD_DOC);
            return searcher.search(filtered(query, new MatchAllDocsQuery()), wanted, byPrior).scoreDocs;
        }
        int maxDoc = searcher.getIndexReader().maxDoc();
        int window = maxDoc <= RESCORE_ALL_UP_TO ? maxDoc : Math.max(RESCORE_WINDOW, 3 * wanted);
        TopDocs candidates = searcher.search(filtered(query, plan.queries().candidates()),
                new TopScoreDocCollectorManager(window, null, window));
        ScoreDoc[] best = Arrays.stream(new Rescorer(plan.queries().ranking()).rescore(searcher, candidates, window).scoreDocs)
                .filter(d -> d.score >= 0).toArray(ScoreDoc[]::new);
        for (ScoreDoc d : best) {
            d.score *= document(d.doc).prior();
        }
        Arrays.sort(best, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        return Arrays.copyOf(best, Math.min(wanted, best.length));
    }

    SearchDocument document(int docId) {
        return documents.get(ordinalOfDoc[docId]);
    }

    /**
     * Scores candidates by the ranking query alone; the candidate score only chose them. A candidate that shares a word
     * with the query but does not match it is marked to be dropped.
     */
    private static final class Rescorer extends QueryRescorer {
        static final float NOT_A_MATCH = -1f;

        Rescorer(Query ranking) {
            super(ranking);
        }

        @Override
        protected float combine(float candidateScore, boolean matched, float rankingScore) {
            return matched ? rankingScore : NOT_A_MATCH;
        }
    }

    /** The query, kept to the documents that have every selected filter value. */
    private static Query filtered(SearchQuery query, Query base) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.MUST);
        for (Dimension d : Dimension.values()) {
            d.selection(query).ifPresent(value ->
                    filtered.add(new TermQuery(new Term(IndexWriting.filterField(d), value)), Occur.FILTER));
        }
        return filtered.build();
    }

    private List<Hit> hits(ScoreDoc[] page, Query highlight) throws IOException {
        int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        List<SearchDocument> docs = new ArrayList<>();
        for (int docId : docIds) {
            docs.add(document(docId));
        }
        List<String> texts = snippets.of(highlight, docIds, docs);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(docs.get(i).target().hit(texts.get(i), Math.round(page[i].score * 1000) / 1000.0));
        }
        return hits;
    }
}
