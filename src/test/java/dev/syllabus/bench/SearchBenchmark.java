package dev.syllabus.bench;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.search.SearchIndex;
import dev.syllabus.search.SearchQuery;
import dev.syllabus.search.SearchResults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Query latency over a synthetic index of 100,000 documents, for the four kinds of query a learner types, and index
 * build throughput. Each query is a full search as the web page runs it: ten hits, snippets, facet counts. Sample
 * time mode gives the percentiles (p0.50, p0.99) as well as the mean.
 * Run with {@code scripts/bench -f 1 -wi 3 -i 5 SearchBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {
    static final int DOCUMENTS = 100_000;
    /** Build throughput is measured on a quarter of the search index, so each iteration stays a few seconds long. */
    static final int BUILD_DOCUMENTS = 25_000;

    private static KnowledgeBase seed() {
        return ContentLoader.load(Path.of("content")).kb();
    }

    /** The 100,000-document index every query benchmark searches, and a rotating list of queries of each kind. */
    @State(Scope.Benchmark)
    public static class Index {
        SearchIndex index;
        final Queries oneWord = new Queries("attention", "tokenization", "softmax", "embeddings", "gradient", "decoder",
                "hallucination", "sampling", "parallelism", "rope");
        final Queries threeWords = new Queries("causal self attention", "positional encoding sinusoids",
                "reward model preferences", "beam search decoding", "layer normalization residual", "low rank adaptation",
                "key value cache", "scaling laws compute");
        final Queries phrases = new Queries("\"beam search\"", "\"positional encoding\"", "\"reward model\"",
                "\"multi-head attention\"", "\"next token\"", "\"training loop\"");
        final Queries typos = new Queries("atention", "tokenizaton", "chinchila", "embeding", "transfomer",
                "hallucinaton", "parallelizm", "normalisaton");

        @Setup(Level.Trial)
        public void build() {
            index = SearchIndex.build(SyntheticKnowledgeBase.of(seed(), DOCUMENTS));
            System.out.println("\nIndexed " + index.size() + " documents");
        }
    }

    /** A rotating list of queries, so no benchmark measures one query's cached answer. */
    static final class Queries {
        private final List<String> texts;
        private int next;

        Queries(String... texts) {
            this.texts = List.of(texts);
        }

        SearchQuery next() {
            next = (next + 1) % texts.size();
            return SearchQuery.of(texts.get(next));
        }
    }

    @Benchmark
    public SearchResults oneWord(Index state) {
        return state.index.search(state.oneWord.next());
    }

    @Benchmark
    public SearchResults threeWords(Index state) {
        return state.index.search(state.threeWords.next());
    }

    @Benchmark
    public SearchResults phrase(Index state) {
        return state.index.search(state.phrases.next());
    }

    @Benchmark
    public SearchResults typo(Index state) {
        return state.index.search(state.typos.next());
    }

    /** The knowledge base to index in the build benchmark, generated once. */
    @State(Scope.Benchmark)
    public static class Corpus {
        KnowledgeBase kb;

        @Setup(Level.Trial)
        public void generate() {
            kb = SyntheticKnowledgeBase.of(seed(), BUILD_DOCUMENTS);
        }
    }

    /** Documents indexed per second: the score is in documents per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BUILD_DOCUMENTS)
    public SearchIndex build(Corpus corpus) {
        return SearchIndex.build(corpus.kb);
    }
}
