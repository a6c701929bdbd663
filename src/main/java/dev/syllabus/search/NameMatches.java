package dev.syllabus.search;

import dev.syllabus.search.TextAnalysis.Token;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.DocIdSetBuilder;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents whose short fields (everything but the body) contain each name the synonyms know (every name of a
 * concept or a creator, the acronyms), each found once, when a query first needs it. A query expands a name it recognises into all the
 * others; finding each of those phrases in every document again for every query was most of the cost of matching.
 */
final class NameMatches {
    private final IndexSearcher searcher;
    private final int maxDoc;
    private final Set<List<String>> known = new HashSet<>();
    // Filled on first use of each name, not when the index is built: a command-line search asks for a handful of the
    // thousands of names, and finding them all was a seventh of its start-up.
    private final Map<List<String>, DocIdSet> docsByName = new ConcurrentHashMap<>();

    private NameMatches(IndexSearcher searcher) {
        this.searcher = searcher;
        this.maxDoc = searcher.getIndexReader().maxDoc();
    }

    static NameMatches of(IndexSearcher searcher, Collection<List<Token>> names) {
        NameMatches matches = new NameMatches(searcher);
        names.forEach(name -> matches.known.add(terms(name)));
        return matches;
    }

    /** Whether this name is one of the names the synonyms know. */
    boolean knows(List<Token> name) {
        return known.contains(terms(name));
    }

    /** The documents any of {@code names} matches; every name must be {@linkplain #knows known}. */
    FixedBitSet union(List<List<Token>> names) throws IOException {
        FixedBitSet union = new FixedBitSet(Math.max(1, maxDoc));
        for (List<Token> name : names) {
            DocIdSetIterator docs = matches(name).iterator();
            if (docs != null) {
                union.or(docs);
            }
        }
        return union;
    }

    private DocIdSet matches(List<Token> name) throws IOException {
        try {
            return docsByName.computeIfAbsent(terms(name), k -> {
                try {
                    return find(searcher, name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private DocIdSet find(IndexSearcher searcher, List<Token> name) throws IOException {
        FixedBitSet found = searcher.search(new ConstantScoreQuery(query(name)), MatchCollector.manager(maxDoc));
        DocIdSetBuilder compact = new DocIdSetBuilder(Math.max(1, maxDoc));
        compact.add(new org.apache.lucene.util.BitSetIterator(found, found.cardinality()));
        return compact.build();
    }

    /** The name as the match query would look for it: a word, or words side by side, in the short match field. */
    private static Query query(List<Token> name) {
        if (name.size() == 1) {
            return new TermQuery(new Term(Field.MATCH_SHORT, name.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = name.get(0).position();
        name.forEach(t -> phrase.add(new Term(Field.MATCH_SHORT, t.term()), t.position() - first));
        return phrase.build();
    }

    /** The name's words with their places relative to the first: "mixture of experts" is not "mixture experts". */
    private static List<String> terms(List<Token> name) {
        int first = name.isEmpty() ? 0 : name.get(0).position();
        return name.stream().map(t -> t.term() + "@" + (t.position() - first)).toList();
    }
}
