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
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Runs a query plan against the index: ranks a page of hits, counts matches and filter values, writes snippets. */
final class Retrieval {
    /** How many candidates the full ranking query scores: several pages' worth, so the top is stable. */
    private static final int RESCORE_WINDOW = 30;
    /** An index this small is ranked exactly: every candidate is scored by the full ranking query. */
    private static final int RESCORE_ALL_UP_TO = 5_000;

    private final IndexSearcher searcher;
    private final List<SearchDocument> documents;
    private final int[] ordinalOfDoc;
    private final FacetTally tally;
    private final Snippets snippets;

    Retrieval(IndexSearcher searcher, List<SearchDocument> documents, int[] ordinalOfDoc, TextAnalysis analysis,
              FacetLabels labels) {
        this.searcher = searcher;
        this.documents = documents;
        this.ordinalOfDoc = ordinalOfDoc;
        this.tally = new FacetTally(documents, ordinalOfDoc, labels);
        this.snippets = new Snippets(analysis);
    }

    SearchResults run(SearchQuery query, QueryPlan plan) throws IOException {
        if (plan.outcome() == Outcome.NOTHING_TO_SEARCH || documents.isEmpty()) {
            return new SearchResults(query.text(), plan.searchedFor(), 0, query.offset(), List.of(), tally.empty(query),
                    plan.notices());
        }
        FacetTally.Counted counted = tally.count(matches(plan), query);
        ScoreDoc[] top = rank(query, plan, counted.passing());
        ScoreDoc[] page = Arrays.copyOfRange(top, Math.min(query.offset(), top.length), top.length);
        List<Hit> hits = hits(page, plan.outcome() == Outcome.BROWSE ? Set.of() : plan.queries().highlight());
        return new SearchResults(query.text(), plan.searchedFor(), counted.total(), query.offset(), hits,
                counted.facets(), plan.notices());
    }

    /** Every document that matches, unscored and unfiltered: the tally applies the filters itself. */
    private FixedBitSet matches(QueryPlan plan) throws IOException {
        Query matching = plan.outcome() == Outcome.BROWSE ? new MatchAllDocsQuery() : new ConstantScoreQuery(plan.queries().matching());
        return searcher.search(matching, MatchCollector.manager(searcher.getIndexReader().maxDoc()));
    }

    /** The best {@code offset + limit} hits of a query under its filters. */
    ScoreDoc[] rank(SearchQuery query, QueryPlan plan) throws IOException {
        return rank(query, plan, tally.passing(matches(plan), query));
    }

    /**
     * The best {@code offset + limit} of {@code passing} (the matches that pass the query's filters), in two passes. A
     * cheap query (the query's words in two combined fields, no phrases) picks candidates among them, skipping
     * documents that cannot reach the top; only those are scored by the full ranking query over every field, then
     * scaled by their type's prior and re-sorted. A small index (the bundled knowledge base) has every match ranked,
     * so its ranking is exact; on a large one, a match whose words score too low to be a candidate is not ranked,
     * though it is counted.
     */
    private ScoreDoc[] rank(SearchQuery query, QueryPlan plan, FixedBitSet passing) throws IOException {
        int wanted = query.offset() + query.limit();
        Query filter = new MatchedDocs(passing);
        if (plan.outcome() == Outcome.BROWSE) {
            Sort byPrior = new Sort(new SortField(Field.PRIOR, SortField.Type.FLOAT, true), SortField.FIELD_DOC);
            return searcher.search(new ConstantScoreQuery(filter), wanted, byPrior).scoreDocs;
        }
        int maxDoc = searcher.getIndexReader().maxDoc();
        int window = maxDoc <= RESCORE_ALL_UP_TO ? maxDoc : Math.max(RESCORE_WINDOW, 3 * wanted);
        TopDocs candidates = candidates(query, plan, passing, window, wanted);
        ScoreDoc[] best = new Rescorer(filtered(filter, plan.queries().ranking())).rescore(searcher, candidates, window).scoreDocs;
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
     * The best-scoring matches by the cheap query. It runs on its own, where it can skip what cannot reach the top,
     * and its hits that are not matches are dropped; only when too few are left does it run again, on the matches
     * alone, which is slower for common words.
     */
    private TopDocs candidates(SearchQuery query, QueryPlan plan, FixedBitSet passing, int window, int wanted)
            throws IOException {
        if (window >= searcher.getIndexReader().maxDoc()) {
            return searcher.search(filtered(new MatchedDocs(passing), plan.queries().candidates()), window);
        }
        TopDocs quick = searcher.search(selected(query, plan.queries().candidates()),
                new TopScoreDocCollectorManager(window, null, window));
        ScoreDoc[] kept = Arrays.stream(quick.scoreDocs).filter(d -> passing.get(d.doc)).toArray(ScoreDoc[]::new);
        if (kept.length >= Math.min(wanted, passing.cardinality())) {
            return new TopDocs(quick.totalHits, kept);
        }
        return searcher.search(filtered(new MatchedDocs(passing), plan.queries().candidates()),
                new TopScoreDocCollectorManager(window, null, window));
    }

    /** The query, kept to the documents that have every selected filter value. */
    private static Query selected(SearchQuery query, Query base) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.SHOULD);
        for (Dimension d : Dimension.values()) {
            d.selection(query).ifPresent(value ->
                    filtered.add(new TermQuery(new Term(IndexWriting.filterField(d), value)), Occur.FILTER));
        }
        return filtered.build();
    }

    /** Scores candidates by the ranking query alone; the candidate score only chose them. */
    private static final class Rescorer extends QueryRescorer {
        Rescorer(Query ranking) {
            super(ranking);
        }

        @Override
        protected float combine(float candidateScore, boolean matched, float rankingScore) {
            return matched ? rankingScore : 0f;
        }
    }

    /** A scoring query kept to the documents of {@code filter}, which it does not score. */
    private static Query filtered(Query filter, Query scoring) {
        return new BooleanQuery.Builder().add(filter, Occur.FILTER).add(scoring, Occur.SHOULD).build();
    }

    private List<Hit> hits(ScoreDoc[] page, Set<String> highlight) {
        List<SearchDocument> docs = Arrays.stream(page).map(d -> document(d.doc)).toList();
        List<String> texts = snippets.of(highlight, docs);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(docs.get(i).target().hit(texts.get(i), Math.round(page[i].score * 1000) / 1000.0));
        }
        return hits;
    }
}
