package dev.syllabus.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents already known to match a search, as a filter: ranking runs on them without evaluating the matching
 * query a second time. Valid only for the index whose document ids the set holds.
 */
final class MatchedDocs extends Query {
    private final FixedBitSet docs;
    private final int count;

    MatchedDocs(FixedBitSet docs) {
        this.docs = docs;
        this.count = docs.cardinality();
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                return new ConstantScoreScorer(this, score(), scoreMode, new Slice(context.docBase, context.reader().maxDoc()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** The set's documents within one segment, numbered from the segment's start. */
    private final class Slice extends DocIdSetIterator {
        private final int base;
        private final int end;
        private int doc = -1;

        Slice(int base, int maxDoc) {
            this.base = base;
            this.end = base + maxDoc;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            // Compared before adding: target may be NO_MORE_DOCS, and base + target would overflow.
            if (target >= end - base) {
                doc = NO_MORE_DOCS;
                return doc;
            }
            int next = docs.nextSetBit(base + target, end);
            doc = next == NO_MORE_DOCS ? NO_MORE_DOCS : next - base;
            return doc;
        }

        @Override
        public long cost() {
            return count;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "MatchedDocs(" + count + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchedDocs m && m.docs == docs;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(docs);
    }
}
