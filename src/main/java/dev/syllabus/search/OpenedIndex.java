package dev.syllabus.search;

import dev.syllabus.cache.CacheDirectory;
import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stored index read from the cache and opened by Lucene: by the search that needs it, or ahead of it on a thread of
 * its own ({@link #startReading}), while the command line is still being parsed.
 */
record OpenedIndex(IndexFiles files, DirectoryReader reader) {
    static final String CACHE_KIND = "search";

    /** A read started ahead of the search, for the one search of the process that asks for this key in this cache. */
    private record Early(String key, CacheDirectory cache, CompletableFuture<Optional<OpenedIndex>> opened) {
    }

    private static final AtomicReference<Early> EARLY = new AtomicReference<>();

    /**
     * Starts reading the index stored under {@code key} on a daemon thread, beside another that initialises Lucene's
     * codecs and the analysis: reading the file and decoding it need neither, so the two overlap. The result is the
     * read's, for tests; the search takes it through {@link #of}.
     */
    static CompletableFuture<Optional<OpenedIndex>> startReading(String key, CacheDirectory cache) {
        CompletableFuture<Optional<OpenedIndex>> opened = new CompletableFuture<>();
        EARLY.set(new Early(key, cache, opened));
        SearchIndex.initialiseInBackground();
        Thread thread = new Thread(() -> {
            try {
                opened.complete(read(key, cache));
            } catch (Throwable e) {
                // The search reads the index again itself, meets the same failure there and reports it.
                opened.completeExceptionally(e);
            }
        }, "syllabus-search-open");
        thread.setDaemon(true);
        thread.start();
        return opened;
    }

    /** The index stored under {@code key}, taken from a read started ahead for the same key and cache, else read now. */
    static Optional<OpenedIndex> of(String key, CacheDirectory cache) {
        Early early = EARLY.getAndSet(null);
        if (early != null && early.key().equals(key) && early.cache().equals(cache)) {
            try {
                return early.opened().join();
            } catch (CompletionException e) {
                return read(key, cache);
            }
        }
        return read(key, cache);
    }

    private static Optional<OpenedIndex> read(String key, CacheDirectory cache) {
        return cache.read(CACHE_KIND, key).flatMap(IndexFiles::decode).filter(f -> f.key().equals(key))
                .flatMap(f -> opened(f.files()).map(reader -> new OpenedIndex(f, reader)));
    }

    private static Optional<DirectoryReader> opened(Map<String, byte[]> files) {
        try {
            return Optional.of(IndexWriting.open(files));
        } catch (IOException | RuntimeException e) {
            // files Lucene refuses though their checksum holds (another Lucene under the same jar)
            return Optional.empty();
        }
    }
}
