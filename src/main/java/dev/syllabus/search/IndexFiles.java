package dev.syllabus.search;

import dev.syllabus.cache.RecordCodec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built index as stored in the cache: the content key it belongs to, its documents in order, Lucene's files, what
 * the synonyms know and the creators' names.
 */
record IndexFiles(String key, List<SearchDocument> documents, Map<String, byte[]> files, Synonyms.Tables synonyms,
                  List<CreatorNames.Entry> creators) {
    private static final RecordCodec<IndexFiles> CODEC = RecordCodec.of(IndexFiles.class);

    byte[] encode() {
        return CODEC.encode(this);
    }

    /** The stored index, or empty when the bytes are damaged or of another shape (then it is built again). */
    static Optional<IndexFiles> decode(byte[] bytes) {
        return CODEC.decodeIfValid(bytes);
    }
}
