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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents whose short fields (everything but the body) contain each name the synonyms know (every name of a
 * concept or a creator, the acronyms), found once when the index is built. A query expands a name it recognises into all the
 * others; finding each of those phrases in every document again for every query was most of the cost of matching.
 */
final class NameMatches {
    private final int maxDoc;
    private final Map<List<String>, DocIdSet> docsByName = new HashMap<>();

    private NameMatches(int maxDoc) {
        this.maxDoc = maxDoc;
    }

    static NameMatches of(IndexSearcher searcher, Collection<List<Token>> names) throws IOException {
        NameMatches matches = new NameMatches(searcher.getIndexReader().maxDoc());
        for (List<Token> name : names) {
            matches.docsByName.put(terms(name), matches.find(searcher, name));
        }
        return matches;
    }

    /** Whether this name's matches were found when the index was built. */
    boolean knows(List<Token> name) {
        return docsByName.containsKey(terms(name));
    }

    /** The documents any of {@code names} matches; every name must be {@linkplain #knows known}. */
    FixedBitSet union(List<List<Token>> names) throws IOException {
        FixedBitSet union = new FixedBitSet(Math.max(1, maxDoc));
        for (List<Token> name : names) {
            DocIdSetIterator docs = docsByName.get(terms(name)).iterator();
            if (docs != null) {
                union.or(docs);
            }
        }
        return union;
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
