package dev.syllabus.content;

import dev.syllabus.cache.BuildId;
import dev.syllabus.cache.CacheDirectory;
import dev.syllabus.cache.RecordCodec;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads a content tree through a cache: the loaded knowledge base, its sources and findings are stored under a key made
 * of the application's build and the bytes of every file of the tree, so a command run again on unchanged content reads
 * one file instead of parsing hundreds (start-up, issue 17), and any edit, added or removed file makes a new key. The
 * result is the same as {@link ContentLoader#load}'s, findings included.
 */
public final class ContentSnapshot {
    private static final String KIND = "content";
    /** Built on first use, on the thread that reads the cache: reflecting over the records takes 20 ms at start-up. */
    private static final class Codec {
        static final RecordCodec<Stored> STORED = RecordCodec.of(Stored.class);
    }

    private final CacheDirectory cache;
    private final Optional<String> build;

    /**
     * A tree being loaded: the key its cache entry has, when it has one (a key for caches derived from the content), at
     * once, and the content when it is ready. Reading the cache entry runs on a thread of its own, so a command can open
     * what it needs beside the content (the search index, the progress database) meanwhile, on a second core; or, for
     * a command that may not need the content, on the first thread that asks for it ({@link ContentSnapshot#loadBundledOnDemand}).
     */
    public static final class Loaded {
        private final CompletableFuture<LoadedContent> content;
        private final Optional<String> key;
        /** The load not started yet, run by the first caller of {@link #content}; null once started or when there is none. */
        private final AtomicReference<Supplier<LoadedContent>> deferred;

        /** Content already loaded. */
        public Loaded(LoadedContent content, Optional<String> key) {
            this(CompletableFuture.completedFuture(content), key, null);
        }

        private Loaded(CompletableFuture<LoadedContent> content, Optional<String> key, Supplier<LoadedContent> deferred) {
            this.content = content;
            this.key = key;
            this.deferred = new AtomicReference<>(deferred);
        }

        /** Loads on the first thread that asks for the content, for a command that may need only the key. */
        static Loaded onDemand(Supplier<LoadedContent> load, Optional<String> key) {
            return new Loaded(new CompletableFuture<>(), key, load);
        }

        /** Loads on a thread of its own; {@link #content} throws what {@code load} threw. */
        static Loaded inBackground(Supplier<LoadedContent> load, Optional<String> key) {
            return new Loaded(CompletableFuture.supplyAsync(load, task -> {
                Thread thread = new Thread(task, "syllabus-content");
                thread.setDaemon(true);
                thread.start();
            }), key, null);
        }

        /** The content, waiting for it if it is still being read, or reading it now if nobody has asked before. */
        public LoadedContent content() {
            Supplier<LoadedContent> load = deferred.getAndSet(null);
            if (load != null) {
                try {
                    content.complete(load.get());
                } catch (Throwable e) {
                    content.completeExceptionally(e);
                }
            }
            try {
                return content.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw e;
            }
        }

        public Optional<String> key() {
            return key;
        }
    }

    /** What is stored: everything of a {@link LoadedContent} but its root, which the caller knows. */
    private record Stored(String key, List<Entity> entities, Map<Slug, Slug> renames, Map<Slug, SourceFile> sources,
                          List<Finding> findings, Map<Slug, EntityType> unreadable) {
    }

    ContentSnapshot(CacheDirectory cache, Optional<String> build) {
        this.cache = cache;
        this.build = build;
    }

    /**
     * Through {@code cache}, when this application runs from a jar (from class folders nothing is cached); with no
     * cache, as {@link ContentLoader} alone, without even hashing the files.
     */
    public static ContentSnapshot using(CacheDirectory cache) {
        return new ContentSnapshot(cache, cache.enabled() ? BuildId.of(ContentSnapshot.class) : Optional.empty());
    }

    /** Whether loads go through the cache, and so are read on a thread of their own; without it they are read at once. */
    public boolean caching() {
        return build.isPresent();
    }

    /** The bundled knowledge base, whose content the build's identity already determines. */
    public Loaded loadBundled() {
        Optional<String> key = bundledKey();
        return load(ContentRoot::bundled, key, r -> key);
    }

    /**
     * As {@link #loadBundled}, but read only when {@link Loaded#content} is first asked for, on the thread that asks: a
     * search whose index is cached needs the content's key alone.
     */
    public Loaded loadBundledOnDemand() {
        Optional<String> key = bundledKey();
        if (key.isEmpty()) {
            return loadBundled();
        }
        return Loaded.onDemand(() -> read(ContentRoot::bundled, key.get(), r -> key), key);
    }

    /** The bundled content's key: the build's identity, which determines that content. */
    private Optional<String> bundledKey() {
        return build.map(b -> bundledKey(b + "|bundled"));
    }

    /** The tree under {@code root}; {@link Loaded#content} throws what {@link ContentLoader#load} throws. */
    public Loaded load(Path root) {
        if (build.isEmpty() || !Files.isDirectory(root)) {
            return new Loaded(ContentLoader.load(root), Optional.empty());
        }
        return load(() -> root, treeKey(root, build.get()), r -> treeKey(r, build.get()));
    }

    /** The tree under {@code root} through the cache under its key, when it has one. */
    private Loaded load(Supplier<Path> root, Optional<String> key, Function<Path, Optional<String>> rehash) {
        if (key.isEmpty()) {
            return new Loaded(ContentLoader.load(root.get()), Optional.empty());
        }
        return Loaded.inBackground(() -> read(root, key.get(), rehash), key);
    }

    /** From the cache entry under {@code key}, else parsed and stored there. */
    private LoadedContent read(Supplier<Path> root, String key, Function<Path, Optional<String>> rehash) {
        return hit(key).map(s -> content(root, s)).orElseGet(() -> parse(root.get(), key, rehash));
    }

    /** Parsed and stored under {@code key}; {@code rehash} gives the tree's key again, after it was parsed. */
    private LoadedContent parse(Path root, String key, Function<Path, Optional<String>> rehash) {
        LoadedContent loaded = ContentLoader.load(root);
        // A file saved between hashing and parsing would put the new parse under the old text's key: such a load is
        // used, not stored.
        if (rehash.apply(root).equals(Optional.of(key))) {
            cache.write(KIND, key, Codec.STORED.encode(new Stored(key, List.copyOf(loaded.kb().entities()),
                    loaded.kb().renames(), loaded.sources(), loaded.findings(), loaded.unreadable())));
        }
        return loaded;
    }

    private Optional<Stored> hit(String key) {
        return cache.read(KIND, key).flatMap(Codec.STORED::decodeIfValid).filter(s -> s.key().equals(key));
    }

    private static LoadedContent content(Supplier<Path> root, Stored s) {
        return new LoadedContent(root, KnowledgeBase.of(s.entities(), s.renames()), s.sources(), s.findings(), s.unreadable());
    }

    /**
     * A digest of every file's path and size and of the bytes of every file the loader parses, in path order; empty
     * when the tree cannot be read (then no cache). Other files change what is loaded only by being there (a warning
     * names them), so a content folder that is also a git checkout does not hash its object store.
     */
    private static Optional<String> treeKey(Path root, String build) {
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest sha = sha256();
            sha.update(build.getBytes(StandardCharsets.UTF_8));
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = root.relativize(file);
                long size = Files.size(file);
                sha.update(("\0" + rel + "\0" + size + "\0").getBytes(StandardCharsets.UTF_8));
                if (rel.getNameCount() == 2 && rel.toString().endsWith(".md") && size <= ContentLoader.MAX_FILE_BYTES) {
                    sha.update(Files.readAllBytes(file));
                }
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest(), 0, 20));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * A 64-bit FNV-1a hash of {@code text}, in hex: the bundled content's key names only a build of this application,
     * a few of which are ever cached side by side, so it needs no cryptographic digest, whose providers took 13 ms to
     * load before a cached search could start (class loading log).
     */
    static String bundledKey(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
