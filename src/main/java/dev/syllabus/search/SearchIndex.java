package dev.syllabus.search;

import dev.syllabus.kb.Creator;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;
import dev.syllabus.search.QueryPlan.Outcome;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        this.planner = new QueryPlanner(analysis, Synonyms.of(kb, analysis), new Speller(reader, analysis));
        this.snippets = new Snippets(searcher, analysis);
        this.facets = new FacetCounting(facetState, new FacetLabels(kb));
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
        requireKnownCreator(query);
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
        if (plan.outcome() == Outcome.NOTHING_TO_SEARCH) {
            return new SearchResults(query.text(), plan.searchedFor(), 0, query.offset(), List.of(),
                    facets.of(null, query), plan.notices());
        }
        DrillSideways.DrillSidewaysResult result = drillSideways(query, plan);
        ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs, Math.min(query.offset(), result.hits.scoreDocs.length),
                result.hits.scoreDocs.length);
        return new SearchResults(query.text(), plan.searchedFor(), result.hits.totalHits.value, query.offset(),
                hits(page, plan.query()), facets.of(result.facets, query), plan.notices());
    }

    /** Runs the plan under the query's filters, counting every filter's values as if it alone were not applied. */
    private DrillSideways.DrillSidewaysResult drillSideways(SearchQuery query, QueryPlan plan) throws IOException {
        Query base = plan.outcome() == Outcome.BROWSE ? new MatchAllDocsQuery() : plan.query();
        Query scored = FunctionScoreQuery.boostByValue(base, DoubleValuesSource.fromFloatField(Field.PRIOR));
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, scored);
        for (Dimension d : Dimension.values()) {
            d.selection(query).ifPresent(value -> drill.add(d.id(), value));
        }
        return new DrillSideways(searcher, facetsConfig, facetState).search(drill, query.offset() + query.limit());
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

    private void requireKnownCreator(SearchQuery query) {
        if (query.creator().isEmpty() || kb.get(query.creator().get()).filter(Creator.class::isInstance).isPresent()) {
            return;
        }
        Slug wanted = query.creator().get();
        List<String> close = kb.suggest(wanted.value(), 6).stream()
                .filter(s -> kb.get(s).filter(Creator.class::isInstance).isPresent()).limit(3).map(Slug::value).toList();
        throw new InvalidSearchException("creator", "creator '" + wanted + "' is not in the knowledge base"
                + (close.isEmpty() ? ": run 'syllabus list creators' to see the creators"
                : ". Did you mean " + close.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "?"));
    }

    /** Every document's id ({@code slug}, or {@code slug@11:08} for segments), for the relevance suite. */
    java.util.Set<String> documentIds() {
        return documents.stream().map(d -> d.target().id()).collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the ranked hits ({@code slug}, or {@code slug@11:08} for segments), for the relevance suite. */
    List<String> rankedIds(SearchQuery query) {
        try {
            QueryPlan plan = planner.plan(query.text());
            if (plan.outcome() == Outcome.NOTHING_TO_SEARCH) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc d : drillSideways(query, plan).hits.scoreDocs) {
                ids.add(documents.get(ordinal(d.doc)).target().id());
            }
            return ids.subList(Math.min(query.offset(), ids.size()), ids.size());
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }
}
