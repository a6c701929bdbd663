package dev.syllabus.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One word searched in several fields, each scored as if the word were as common there as in the field where it is
 * commonest: otherwise a word frequent in bodies but rare among names ("transformer") would score as a rare word
 * wherever it is a name. Lucene's BlendedTermQuery does the same but lets the blended frequency exceed the number of
 * documents that have a small field, which makes BM25's IDF negative; here it is capped per field.
 */
final class BlendedTerm {
    private BlendedTerm() {
    }

    static Query of(IndexSearcher searcher, String word, List<RankingQuery.Searched> fields, float tieBreaker)
            throws IOException {
        List<Query> perField = perField(searcher, word, fields);
        return perField.isEmpty() ? new MatchNoDocsQuery("no field has " + word) : new DisjunctionMaxQuery(perField, tieBreaker);
    }

    /** The word in each field that has it, boosted by the field's weight. */
    static List<Query> perField(IndexSearcher searcher, String word, List<RankingQuery.Searched> fields) throws IOException {
        List<TermStates> states = new ArrayList<>();
        int commonest = 0;
        for (RankingQuery.Searched field : fields) {
            TermStates found = TermStates.build(searcher, new Term(field.id(), word), true);
            states.add(found);
            commonest = Math.max(commonest, found.docFreq());
        }
        List<Query> perField = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (states.get(i).docFreq() > 0) {
                RankingQuery.Searched field = fields.get(i);
                int docFreq = (int) Math.min(commonest, searcher.collectionStatistics(field.id()).docCount());
                Term term = new Term(field.id(), word);
                perField.add(new BoostQuery(new TermQuery(term, blended(searcher, states.get(i), docFreq)), field.boost()));
            }
        }
        return perField;
    }

    private static TermStates blended(IndexSearcher searcher, TermStates actual, int docFreq) throws IOException {
        TermStates blended = new TermStates(searcher.getTopReaderContext());
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            TermState state = actual.get(leaf);
            if (state != null) {
                blended.register(state, leaf.ord);
            }
        }
        blended.accumulateStatistics(docFreq, Math.max(actual.totalTermFreq(), docFreq));
        return blended;
    }
}
