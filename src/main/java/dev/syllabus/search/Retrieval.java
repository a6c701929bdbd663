package dev.syllabus.search;

import dev.syllabus.search.QueryPlan.Outcome;
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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Runs a query plan against the index: ranks a page of hits, counts matches and filter values, writes snippets. */
final class Retrieval {
    /** How many candidates the full ranking query orders at a time: three pages of ten. */
    private static final int RESCORE_WINDOW = 30;
    /** The cheap query alone collects this many times the candidates wanted, so that enough of them are matches. */
    private static final int QUICK_WINDOW = 2;
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
        ScoreDoc[] page = rank(query, plan, counted.passing());
        List<Hit> hits = hits(page, plan.outcome() == Outcome.BROWSE ? Set.of() : plan.queries().highlight());
        return new SearchResults(query.text(), plan.searchedFor(), counted.total(), query.offset(), hits,
                counted.facets(), plan.notices());
    }

    /** Every document that matches, unscored and unfiltered: the tally applies the filters itself. */
    private FixedBitSet matches(QueryPlan plan) throws IOException {
        Query matching = plan.outcome() == Outcome.BROWSE ? new MatchAllDocsQuery() : new ConstantScoreQuery(plan.queries().matching());
        return searcher.search(matching, MatchCollector.manager(searcher.getIndexReader().maxDoc()));
    }

    /** The page of hits the query asks for (from its offset, up to its limit), under its filters. */
    ScoreDoc[] rank(SearchQuery query, QueryPlan plan) throws IOException {
        return rank(query, plan, tally.passing(matches(plan), query));
    }

    /**
     * The page of {@code passing} (the matches that pass the query's filters) the query asks for, ranked in two
     * passes. A cheap query (the words typed, a clause per field, no phrases) orders the matches, skipping documents
     * that cannot reach the top; they are then taken in blocks of that order, and each block is re-ordered by the full
     * ranking query over every field, scaled by the type's prior. Every page reads from the same blocks, so paging
     * neither repeats nor skips a hit. A small index (the bundled knowledge base) is one block, so its ranking is exact.
     */
    private ScoreDoc[] rank(SearchQuery query, QueryPlan plan, FixedBitSet passing) throws IOException {
        int wanted = query.offset() + query.limit();
        if (plan.outcome() == Outcome.BROWSE) {
            Sort byPrior = new Sort(new SortField(Field.PRIOR, SortField.Type.FLOAT, true), SortField.FIELD_DOC);
            ScoreDoc[] top = searcher.search(new ConstantScoreQuery(new MatchedDocs(passing)), wanted, byPrior).scoreDocs;
            return Arrays.copyOfRange(top, Math.min(query.offset(), top.length), top.length);
        }
        int maxDoc = searcher.getIndexReader().maxDoc();
        int block = maxDoc <= RESCORE_ALL_UP_TO ? maxDoc : RESCORE_WINDOW;
        int firstBlock = query.offset() / block;
        int blocks = (wanted + block - 1) / block;
        ScoreDoc[] candidates = candidates(query, plan, passing, blocks * block);
        Rescorer rescorer = new Rescorer(filtered(new MatchedDocs(passing), plan.queries().ranking()));
        List<ScoreDoc> ranked = new ArrayList<>();
        for (int b = firstBlock; b < blocks && b * block < candidates.length; b++) {
            ranked.addAll(rescored(rescorer, Arrays.copyOfRange(candidates, b * block, Math.min(candidates.length, (b + 1) * block))));
        }
        int from = Math.min(query.offset() - firstBlock * block, ranked.size());
        return ranked.subList(from, Math.min(ranked.size(), from + query.limit())).toArray(ScoreDoc[]::new);
    }

    private List<ScoreDoc> rescored(Rescorer rescorer, ScoreDoc[] block) throws IOException {
        TopDocs candidates = new TopDocs(new TotalHits(block.length, TotalHits.Relation.EQUAL_TO), block);
        ScoreDoc[] best = rescorer.rescore(searcher, candidates, block.length).scoreDocs;
        for (ScoreDoc d : best) {
            d.score *= document(d.doc).prior();
        }
        Arrays.sort(best, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        return Arrays.asList(best);
    }

    SearchDocument document(int docId) {
        return documents.get(ordinalOfDoc[docId]);
    }

    /**
     * The first {@code count} matches in the cheap query's order (score, then document). The query first runs on its
     * own, where it can skip what cannot reach the top, and its hits that are not matches are dropped; only when too
     * few are left does it run again, on the matches alone, which is slower for common words. Either way the order is
     * the same, so a longer list always begins with a shorter one.
     */
    private ScoreDoc[] candidates(SearchQuery query, QueryPlan plan, FixedBitSet passing, int count) throws IOException {
        int wanted = Math.min(count, passing.cardinality());
        if (count < searcher.getIndexReader().maxDoc()) {
            int window = QUICK_WINDOW * count;
            TopDocs quick = searcher.search(selected(query, plan.queries().candidates()),
                    new TopScoreDocCollectorManager(window, null, window));
            ScoreDoc[] kept = Arrays.stream(quick.scoreDocs).filter(d -> passing.get(d.doc)).limit(count).toArray(ScoreDoc[]::new);
            if (kept.length >= wanted) {
                return kept;
            }
        }
        return searcher.search(filtered(new MatchedDocs(passing), plan.queries().candidates()),
                new TopScoreDocCollectorManager(Math.max(1, count), null, Math.max(1, count))).scoreDocs;
    }

    /** The query, kept to the documents that have every selected filter value. */
    private static Query selected(SearchQuery query, Query base) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.SHOULD);
        for (Dimension d : Dimension.values()) {
            d.selection(query).ifPresent(value ->
                    filtered.add(IndexWriting.filter(d, value), Occur.FILTER));
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
