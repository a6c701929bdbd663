package dev.syllabus.search;

import org.apache.lucene.store.BaseDirectory;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersIndexInput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.NoLockFactory;

import java.io.FileNotFoundException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stored index's files, read in place: copying them into a directory made for writing cost a copy of every byte and,
 * through each output's description, Java's Formatter with its locale data (7 ms of a cached search's start). Read
 * only, as an index is here once written.
 */
final class StoredFiles extends BaseDirectory {
    private final Map<String, byte[]> files;

    StoredFiles(Map<String, byte[]> files) {
        super(NoLockFactory.INSTANCE);
        this.files = Map.copyOf(files);
    }

    @Override
    public String[] listAll() {
        return files.keySet().stream().sorted().toArray(String[]::new);
    }

    @Override
    public long fileLength(String name) throws FileNotFoundException {
        return file(name).length;
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws FileNotFoundException {
        ByteBuffer bytes = ByteBuffer.wrap(file(name)).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
        return new ByteBuffersIndexInput(new ByteBuffersDataInput(List.of(bytes)), "stored index file " + name);
    }

    private byte[] file(String name) throws FileNotFoundException {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new FileNotFoundException("no stored index file " + name);
        }
        return bytes;
    }

    @Override
    public Set<String> getPendingDeletions() {
        return Set.of();
    }

    @Override
    public void close() {
        isOpen = false;
    }

    @Override
    public void deleteFile(String name) {
        throw readOnly();
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) {
        throw readOnly();
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) {
        throw readOnly();
    }

    @Override
    public void sync(Collection<String> names) {
        throw readOnly();
    }

    @Override
    public void syncMetaData() {
        throw readOnly();
    }

    @Override
    public void rename(String source, String dest) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a stored index is read only");
    }
}
