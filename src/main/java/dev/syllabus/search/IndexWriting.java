package dev.syllabus.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.SingleInstanceLockFactory;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes index documents into an in-memory directory and opens it for reading, once: the index is never written
 * again, so searches need no locking and can never see half an update.
 */
final class IndexWriting {
    /**
     * A concept slug, untokenised but with norms: BM25's length normalisation then ranks a document that teaches one
     * concept (a segment) above one that lists it among many (a long video's covers).
     */
    private static final FieldType LINK = link();

    private IndexWriting() {
    }

    static DirectoryReader write(List<SearchDocument> documents, TextAnalysis analysis) throws IOException {
        Directory directory = directory();
        IndexWriterConfig writerConfig = new IndexWriterConfig(analysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                // Large enough to hold a big synthetic index in one segment, so the final merge has little to do.
                .setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            for (int ordinal = 0; ordinal < documents.size(); ordinal++) {
                writer.addDocument(document(ordinal, documents.get(ordinal), analysis));
            }
            writer.forceMerge(1);
        }
        return DirectoryReader.open(directory);
    }

    /** Every file of the index {@code reader} reads, by name, to store it whole. */
    static Map<String, byte[]> files(DirectoryReader reader) throws IOException {
        Directory directory = reader.directory();
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : directory.listAll()) {
            try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
                byte[] bytes = new byte[Math.toIntExact(in.length())];
                in.readBytes(bytes, 0, bytes.length);
                files.put(name, bytes);
            }
        }
        return files;
    }

    /** Opens an index stored by {@link #files}, reading the stored bytes in place. */
    static DirectoryReader open(Map<String, byte[]> files) throws IOException {
        return DirectoryReader.open(new StoredFiles(files));
    }

    private static Directory directory() {
        // One contiguous buffer per file: the default many-buffer layout makes every postings lookup copy a buffer list.
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /** The field a filter's values are indexed in, for finding the documents that have one. */
    static String filterField(Dimension dimension) {
        return "filter_" + dimension.id();
    }

    /** The documents that have one filter value. */
    static Query filter(Dimension dimension, String value) {
        return new TermQuery(new Term(filterField(dimension), value));
    }

    /** The ordinal of every document, by document id: the position of its source in the list the index was built from. */
    static int[] ordinals(DirectoryReader reader) throws IOException {
        int[] ordinals = new int[reader.maxDoc()];
        for (var leaf : reader.leaves()) {
            var values = leaf.reader().getNumericDocValues(Field.ORDINAL);
            for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = values.nextDoc()) {
                ordinals[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        return ordinals;
    }

    /** The text fields at least one document of the index has. */
    static List<Field> indexedFields(DirectoryReader reader) {
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        return Arrays.stream(Field.values()).filter(f -> infos.fieldInfo(f.id()) != null).toList();
    }

    private static Document document(int ordinal, SearchDocument source, TextAnalysis analysis) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(Field.ORDINAL, ordinal));
        doc.add(new FloatDocValuesField(Field.PRIOR, source.prior()));
        addText(doc, source);
        source.names().stream().map(analysis::indexKey).filter(k -> !k.isEmpty()).distinct()
                .forEach(key -> doc.add(new StringField(Field.NAME_KEY, key, org.apache.lucene.document.Field.Store.NO)));
        addLinks(doc, source.links());
        for (Map.Entry<Dimension, List<String>> filter : source.filters().entrySet()) {
            filter.getValue().stream().distinct()
                    .forEach(v -> doc.add(new StringField(filterField(filter.getKey()), v, org.apache.lucene.document.Field.Store.NO)));
        }
        return doc;
    }

    /** Each text field, everything but the body again in the short match field, and the words to correct towards. */
    private static void addText(Document doc, SearchDocument source) {
        StringBuilder spelling = new StringBuilder();
        for (Field field : Field.values()) {
            for (String value : source.values(field)) {
                doc.add(new TextField(field.id(), value, org.apache.lucene.document.Field.Store.NO));
                if (field != Field.BODY) {
                    doc.add(new TextField(Field.MATCH_SHORT, value, org.apache.lucene.document.Field.Store.NO));
                    spelling.append(value).append('\n');
                }
            }
        }
        doc.add(new TextField(Field.SPELLING, spelling.toString(), org.apache.lucene.document.Field.Store.NO));
    }

    private static void addLinks(Document doc, SearchDocument.Links links) {
        links.teaches().forEach(c -> doc.add(new org.apache.lucene.document.Field(Field.TEACHES, c, LINK)));
        links.pickedFor().forEach(c -> doc.add(new org.apache.lucene.document.Field(Field.PICKED_FOR, c, LINK)));
        links.companionFor().forEach(c -> doc.add(new org.apache.lucene.document.Field(Field.COMPANION_FOR, c, LINK)));
        links.by().forEach(c -> doc.add(new org.apache.lucene.document.Field(Field.BY, c, LINK)));
    }

    private static FieldType link() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(false);
        type.setOmitNorms(false);
        type.freeze();
        return type;
    }
}
