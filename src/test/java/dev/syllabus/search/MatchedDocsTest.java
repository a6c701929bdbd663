package dev.syllabus.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class MatchedDocsTest {
    /** Three segments of four documents; every other document has the word "even". */
    private static IndexSearcher threeSegments() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int doc = 0; doc < 12; doc++) {
                Document d = new Document();
                d.add(new StringField("word", doc % 2 == 0 ? "even" : "odd", org.apache.lucene.document.Field.Store.NO));
                writer.addDocument(d);
                if (doc % 4 == 3) {
                    writer.commit();
                }
            }
        }
        return new IndexSearcher(DirectoryReader.open(directory));
    }

    @Test
    void findsExactlyTheGivenDocumentsAcrossSegments() throws IOException {
        IndexSearcher searcher = threeSegments();
        assertThat(searcher.getIndexReader().leaves()).hasSize(3);
        FixedBitSet given = new FixedBitSet(12);
        given.set(1);
        given.set(4);
        given.set(6);
        given.set(11);
        assertThat(searcher.search(new MatchedDocs(given), MatchCollector.manager(12))).isEqualTo(given);
    }

    @Test
    void asAFilterKeepsOnlyTheGivenDocumentsThatAlsoMatch() throws IOException {
        IndexSearcher searcher = threeSegments();
        FixedBitSet given = new FixedBitSet(12);
        given.set(3);
        given.set(4);
        given.set(10);
        BooleanQuery both = new BooleanQuery.Builder().add(new MatchedDocs(given), Occur.FILTER)
                .add(new TermQuery(new Term("word", "even")), Occur.MUST).build();
        FixedBitSet expected = new FixedBitSet(12);
        expected.set(4);
        expected.set(10);
        assertThat(searcher.search(both, MatchCollector.manager(12))).isEqualTo(expected);
    }
}
