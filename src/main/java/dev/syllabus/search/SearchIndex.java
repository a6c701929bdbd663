package dev.syllabus.search;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.search.QueryPlan.Outcome;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The full-text index of one knowledge base: concepts, papers, resources, creators, paths, guides, and every segment
 * of a video or book as a hit of its own that opens at its start time. Built in memory from the knowledge base and
 * never changed afterwards, so it is safe to share between threads. It is a pure function of the knowledge base it
 * was built from: when the content changes, load a new knowledge base and build a new index (or ask a
 * {@link CurrentIndex}, which does so whenever it is handed a different knowledge base), and no stale index survives.
 */
public final class SearchIndex {
    /** Beyond this many matches the ranking stops counting them; the total comes from the separate count. */
    private static final int EXACT_TOTAL_UP_TO = 1000;
    /** How many of the best hits by text relevance get their type's prior; priors differ by at most a factor of two. */
    private static final int RESCORE_WINDOW = 100;

    private final KnowledgeBase kb;
    private final List<SearchDocument> documents;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final FacetsConfig facetsConfig;
    private final SortedSetDocValuesReaderState facetState;
    private final QueryPlanner planner;
    private final Snippets snippets;
    private final FacetCounting facets;
    private final TypeAhead typeAhead;

    private SearchIndex(KnowledgeBase kb) throws IOException {
        this.kb = kb;
        TextAnalysis analysis = new TextAnalysis();
        this.documents = KnowledgeDocuments.of(kb);
        this.facetsConfig = IndexWriting.facetsConfig();
        this.reader = IndexWriting.write(documents, analysis, facetsConfig);
        this.searcher = new IndexSearcher(reader);
        // An empty knowledge base has no facet values, and Lucene refuses facet state without any.
        this.facetState = documents.isEmpty() ? null : new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        this.planner = new QueryPlanner(analysis, Synonyms.of(kb, analysis), new Speller(reader, analysis),
                new RankingQuery(searcher, IndexWriting.indexedFields(reader)));
        this.snippets = new Snippets(searcher, analysis);
        this.facets = new FacetCounting(facetState == null ? List.of() : facetState.getDims(), new FacetLabels(kb));
        this.typeAhead = TypeAhead.of(kb, analysis);
    }

    /** Indexes {@code kb}; takes about a second per ten thousand documents. */
    public static SearchIndex build(KnowledgeBase kb) {
        try {
            return new SearchIndex(kb);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory search index failed", e);
        }
    }

    /** The knowledge base this index was built from. */
    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** How many documents the index holds: entities plus segments. */
    public int size() {
        return documents.size();
    }

    public SearchResults search(String text) {
        return search(SearchQuery.of(text));
    }

    /**
     * Runs a query. Any text is accepted: a blank query lists everything the filters allow, a query without a
     * searchable word returns no hits and a notice saying so.
     *
     * @throws InvalidSearchException when the creator filter names no creator of this knowledge base
     */
    public SearchResults search(SearchQuery query) {
        CreatorCheck.require(kb, query);
        try {
            QueryPlan plan = planner.plan(query.text());
            return run(query, plan);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    /** Completions for what has been typed so far, best first; empty for a blank prefix. */
    public List<Suggestion> suggest(String prefix, int limit) {
        try {
            return typeAhead.suggest(prefix, Math.min(limit, SearchQuery.MAX_LIMIT));
        } catch (IOException e) {
            throw new UncheckedIOException("looking up suggestions in the in-memory index failed", e);
        }
    }

    private SearchResults run(SearchQuery query, QueryPlan plan) throws IOException {
        if (plan.outcome() == Outcome.NOTHING_TO_SEARCH || documents.isEmpty()) {
            return new SearchResults(query.text(), plan.searchedFor(), 0, query.offset(), List.of(),
                    facets.of(null, query), plan.notices());
        }
        ScoreDoc[] top = rank(query, plan);
        ScoreDoc[] page = Arrays.copyOfRange(top, Math.min(query.offset(), top.length), top.length);
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> counted = count(query, plan);
        return new SearchResults(query.text(), plan.searchedFor(), counted.collectorResult, query.offset(),
                hits(page, plan.highlight()), facets.of(counted.facets, query), plan.notices());
    }

    /**
     * The best {@code offset + limit} hits under the query's filters. Text relevance picks the best few hundred, and
     * only those are scaled by their type's prior and re-sorted: scaling inside the search would force Lucene to score
     * every match, where ranking by text alone lets it skip documents that cannot reach the top.
     */
    private ScoreDoc[] rank(SearchQuery query, QueryPlan plan) throws IOException {
        int wanted = query.offset() + query.limit();
        if (plan.outcome() == Outcome.BROWSE) {
            Sort byPrior = new Sort(new SortField(Field.PRIOR, SortField.Type.FLOAT, true), SortField.FIELD_DOC);
            return searcher.search(filtered(query, new MatchAllDocsQuery()), wanted, byPrior).scoreDocs;
        }
        int window = Math.max(RESCORE_WINDOW, 2 * wanted);
        ScoreDoc[] best = searcher.search(filtered(query, plan.query()),
                new TopScoreDocCollectorManager(window, null, EXACT_TOTAL_UP_TO)).scoreDocs;
        for (ScoreDoc d : best) {
            d.score *= documents.get(ordinal(d.doc)).prior();
        }
        Arrays.sort(best, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        return Arrays.copyOf(best, Math.min(wanted, best.length));
    }

    /**
     * Counts every match and every filter value among them, without scoring; each filter's own counts ignore its own
     * selection (drill sideways), so the page can offer the other values.
     */
    private DrillSideways.ConcurrentDrillSidewaysResult<Integer> count(SearchQuery query, QueryPlan plan) throws IOException {
        Query matching = plan.outcome() == Outcome.BROWSE ? new MatchAllDocsQuery() : new ConstantScoreQuery(plan.matching());
        return new DrillSideways(searcher, facetsConfig, facetState)
                .search(filtered(query, matching), new TotalHitCountCollectorManager());
    }

    private DrillDownQuery filtered(SearchQuery query, Query base) {
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
        for (Dimension d : Dimension.values()) {
            d.selection(query).ifPresent(value -> drill.add(d.id(), value));
        }
        return drill;
    }

    private List<Hit> hits(ScoreDoc[] page, Query textQuery) throws IOException {
        int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        List<SearchDocument> docs = new ArrayList<>();
        for (int docId : docIds) {
            docs.add(documents.get(ordinal(docId)));
        }
        List<String> texts = snippets.of(textQuery, docIds, docs);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(docs.get(i).target().hit(texts.get(i), Math.round(page[i].score * 1000) / 1000.0));
        }
        return hits;
    }

    private int ordinal(int docId) throws IOException {
        var leaves = reader.leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(docId, leaves));
        var values = leaf.reader().getNumericDocValues(Field.ORDINAL);
        values.advanceExact(docId - leaf.docBase);
        return (int) values.longValue();
    }

    /** Every document's id ({@code slug}, or {@code slug@11:08} for segments), for the relevance suite. */
    java.util.Set<String> documentIds() {
        return documents.stream().map(d -> d.target().id()).collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the ranked hits ({@code slug}, or {@code slug@11:08} for segments), for the relevance suite. */
    List<String> rankedIds(SearchQuery query) {
        try {
            QueryPlan plan = planner.plan(query.text());
            if (plan.outcome() == Outcome.NOTHING_TO_SEARCH || documents.isEmpty()) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc d : rank(query, plan)) {
                ids.add(documents.get(ordinal(d.doc)).target().id());
            }
            return ids.subList(Math.min(query.offset(), ids.size()), ids.size());
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    QueryPlan planTmp(String q) throws IOException { return planner.plan(q); }
    Object expTmp(String mode, String q) throws IOException {
        QueryPlan plan = planner.plan(q);
        Query scored = plan.query();
        switch (mode) {
            case "top10fs": return searcher.search(scored, 10);
            case "top10": return searcher.search(plan.query(), 10);
            case "top1000": return searcher.search(plan.query(), 1000);
            case "count": return searcher.count(new org.apache.lucene.search.ConstantScoreQuery(plan.query()));
            case "facetsOnly": {
                var fc = new org.apache.lucene.facet.FacetsCollectorManager();
                var r = searcher.search(new org.apache.lucene.search.ConstantScoreQuery(plan.query()), fc);
                return new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(facetState, r);
            }
            default: return null;
        }
    }
}
