package dev.syllabus.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

import java.util.Collection;

/** Collects the ids of every matching document, unscored, for counting totals and filter values. */
final class MatchCollector implements Collector {
    private final FixedBitSet matches;

    private MatchCollector(int maxDoc) {
        matches = new FixedBitSet(maxDoc);
    }

    /** A manager for an index of {@code maxDoc} documents; its result is the set of matching document ids. */
    static CollectorManager<MatchCollector, FixedBitSet> manager(int maxDoc) {
        return new CollectorManager<>() {
            @Override
            public MatchCollector newCollector() {
                return new MatchCollector(maxDoc);
            }

            @Override
            public FixedBitSet reduce(Collection<MatchCollector> collectors) {
                FixedBitSet all = new FixedBitSet(maxDoc);
                collectors.forEach(c -> all.or(c.matches));
                return all;
            }
        };
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        int base = context.docBase;
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // Matches are counted, not ranked.
            }

            @Override
            public void collect(int doc) {
                matches.set(base + doc);
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
