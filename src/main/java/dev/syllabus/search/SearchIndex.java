package dev.syllabus.search;

import dev.syllabus.cache.CacheDirectory;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.search.QueryPlan.Outcome;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The full-text index of one knowledge base: concepts, papers, resources, creators, paths, guides, and every segment
 * of a video or book as a hit of its own that opens at its start time. Built in memory from the knowledge base and
 * never changed afterwards, so it is safe to share between threads. It is a pure function of the knowledge base it
 * was built from: when the content changes, load a new knowledge base and build a new index (or ask a
 * {@link CurrentIndex}, which does so whenever it is handed a different knowledge base), and no stale index survives.
 */
public final class SearchIndex {
    /**
     * Starts, on a daemon thread, the initialisation every search begins with, so that a command can overlap it with
     * parsing its arguments: Lucene's RamUsageEstimator starts the JVM's management beans to read two VM options
     * (30 ms), the analysis builds its stemmer overrides (12 ms) and the codecs are looked up. Should any of it fail,
     * the search meets the same failure on its own thread and reports it, so nothing is reported here.
     */
    public static void initialiseInBackground() {
        Thread thread = new Thread(() -> {
            try {
                initialise();
            } catch (LinkageError | RuntimeException e) {
                // Left for the search, which does the same work where it can report it.
            }
        }, "syllabus-search-init");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * As {@link #initialiseInBackground}, and then reads and opens the index stored in {@code cache} for the content
     * of {@code contentKey}, for the {@link #cached} call of this process that asks for the same: reading the stored
     * index and opening it took a seventh of a cached search's start-up, after picocli had built the command.
     */
    public static void openInBackground(String contentKey, CacheDirectory cache) {
        OpenedIndex.startReading(contentKey, cache);
    }

    /** Whether an index is stored in {@code cache} for the content of {@code contentKey}, to be read instead of built. */
    public static boolean isStored(String contentKey, CacheDirectory cache) {
        return cache.holds(OpenedIndex.CACHE_KIND, contentKey);
    }

    // The codecs first: opening a stored index needs them, the analysis only the search that follows.
    private static void initialise() {
        org.apache.lucene.codecs.Codec.getDefault();
        try {
            Class.forName(TextAnalysis.class.getName(), true, SearchIndex.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the search's own classes are missing from the jar", e);
        }
    }

    /** Asked for when first needed: a search read from the cache needs only what was stored with the index. */
    private final Supplier<KnowledgeBase> loading;
    private volatile KnowledgeBase kb;
    private final CreatorNames creators;
    private final TextAnalysis analysis;
    private final List<SearchDocument> documents;
    private final QueryPlanner planner;
    private final Retrieval retrieval;
    private TypeAhead typeAhead;

    private SearchIndex(Supplier<KnowledgeBase> kb, CreatorNames creators, TextAnalysis analysis,
                        List<SearchDocument> documents, DirectoryReader reader, Synonyms synonyms) throws IOException {
        this.loading = kb;
        this.creators = creators;
        this.analysis = analysis;
        this.documents = documents;
        IndexSearcher searcher = new IndexSearcher(reader);
        // Lucene's cache would keep the match sets of queries repeated lately, so speed would depend on what was asked
        // before; every search does its full work instead (the web layer keeps whole answers to repeated requests).
        searcher.setQueryCache(null);
        int[] ordinals = IndexWriting.ordinals(reader);
        this.planner = new QueryPlanner(analysis, synonyms, new Speller(reader, analysis),
                new RankingQuery(searcher, IndexWriting.indexedFields(reader), NameMatches.of(searcher, synonyms.names())));
        this.retrieval = new Retrieval(searcher, documents, ordinals, analysis, new FacetLabels(creators));
    }

    /** Indexes {@code kb}; takes about a second per ten thousand documents. */
    public static SearchIndex build(KnowledgeBase kb) {
        try {
            TextAnalysis analysis = new TextAnalysis();
            List<SearchDocument> documents = KnowledgeDocuments.of(kb);
            return new SearchIndex(() -> kb, CreatorNames.of(kb), analysis, documents, IndexWriting.write(documents, analysis),
                    Synonyms.of(kb, analysis));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory search index failed", e);
        }
    }

    /**
     * The index of {@code kb} through {@code cache}, where {@code contentKey} (the key of the content's own cache entry)
     * names what {@code kb} was loaded from: a later run on the same content reads the index instead of building it.
     * The index is the same either way. {@code kb} is asked for only when the index is built, or later when something
     * needs it (type-ahead, {@link #knowledgeBase}), since a search reads all it needs from the stored index.
     */
    public static SearchIndex cached(Supplier<KnowledgeBase> kb, String contentKey, CacheDirectory cache) {
        try {
            TextAnalysis analysis = new TextAnalysis();
            Optional<OpenedIndex> stored = OpenedIndex.of(contentKey, cache);
            if (stored.isPresent()) {
                IndexFiles files = stored.get().files();
                try {
                    return new SearchIndex(kb, CreatorNames.of(files.creators()), analysis, files.documents(),
                            stored.get().reader(), new Synonyms(files.synonyms()));
                } catch (IOException | RuntimeException e) {
                    // an index Lucene reads but that does not fit these documents: build anew
                }
            }
            KnowledgeBase knowledge = kb.get();
            List<SearchDocument> documents = KnowledgeDocuments.of(knowledge);
            DirectoryReader built = IndexWriting.write(documents, analysis);
            Synonyms synonyms = Synonyms.of(knowledge, analysis);
            CreatorNames creators = CreatorNames.of(knowledge);
            cache.write(OpenedIndex.CACHE_KIND, contentKey, new IndexFiles(contentKey, documents, IndexWriting.files(built),
                    synonyms.tables(), creators.entries()).encode());
            return new SearchIndex(() -> knowledge, creators, analysis, documents, built, synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory search index failed", e);
        }
    }

    /** The knowledge base this index was built from. */
    public KnowledgeBase knowledgeBase() {
        KnowledgeBase known = kb;
        if (known == null) {
            synchronized (this) {
                known = kb;
                if (known == null) {
                    known = loading.get();
                    kb = known;
                }
            }
        }
        return known;
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
        CreatorCheck.require(creators, query);
        try {
            return retrieval.run(query, planner.plan(query.text()));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    /** Completions for what has been typed so far, best first; empty for a blank prefix. */
    public List<Suggestion> suggest(String prefix, int limit) {
        try {
            return typeAhead().suggest(prefix, Math.min(limit, SearchQuery.MAX_LIMIT));
        } catch (IOException e) {
            throw new UncheckedIOException("looking up suggestions in the in-memory index failed", e);
        }
    }

    // Built on first use: only the web's type-ahead asks, and building it was a twentieth of a command's start-up.
    private synchronized TypeAhead typeAhead() throws IOException {
        if (typeAhead == null) {
            typeAhead = TypeAhead.of(knowledgeBase(), analysis);
        }
        return typeAhead;
    }

    /** Every document's id ({@code slug}, or {@code slug@11:08} for segments), for the relevance suite. */
    Set<String> documentIds() {
        return documents.stream().map(d -> d.target().id()).collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the ranked hits of the query's page ({@code slug}, or {@code slug@11:08} for segments), for the relevance suite. */
    List<String> rankedIds(SearchQuery query) {
        try {
            QueryPlan plan = planner.plan(query.text());
            if (plan.outcome() == Outcome.NOTHING_TO_SEARCH || documents.isEmpty()) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc d : retrieval.rank(query, plan)) {
                ids.add(retrieval.document(d.doc).target().id());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }
}
