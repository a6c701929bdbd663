package dev.syllabus.cli;

import dev.syllabus.cache.CacheDirectory;
import dev.syllabus.content.ContentSnapshot;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.search.SearchIndex;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The {@code --content DIR} option every command shares; without it the bundled knowledge base is used. */
final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR",
            description = "Content directory (holding concepts/, papers/, resources/ ...). Default: the bundled knowledge base.")
    Path directory;

    /** The user's cache folder, where the content and what is derived from it are kept. */
    CacheDirectory cache() {
        return userCache();
    }

    private static CacheDirectory userCache() {
        return CacheDirectory.ofUser(System.getenv());
    }

    LoadedContent load() {
        return loadCached().content();
    }

    /** The knowledge base, read from the cache on a thread of its own while the caller goes on until it asks. */
    Supplier<KnowledgeBase> knowledgeBase() {
        ContentSnapshot.Loaded loaded = loadCached();
        return () -> loaded.content().kb();
    }

    /**
     * The bundled content, started by {@link Main#main} before picocli builds the command (a tenth of a second of a
     * cached search's start-up), for the first command of the process that reads it.
     */
    private static final AtomicReference<ContentSnapshot.Loaded> EARLY = new AtomicReference<>();

    /**
     * Starts reading the bundled content on a thread of its own, for the command about to run. Without a cache nothing
     * is started: the content would be parsed here, before picocli could report a failure as a message.
     */
    static void startBundled() {
        ContentSnapshot snapshot = ContentSnapshot.using(userCache());
        if (snapshot.caching()) {
            startWith(snapshot.loadBundled());
        }
    }

    /**
     * For a search about to run on the bundled content: when an index is stored for it, starts opening that and leaves
     * the content to be read only if the search asks for it; otherwise starts reading the content, from which the
     * index will be built. Without a cache only the search's initialisation is started.
     */
    static void startBundledSearch() {
        CacheDirectory cache = userCache();
        ContentSnapshot snapshot = ContentSnapshot.using(cache);
        if (!snapshot.caching()) {
            SearchIndex.initialiseInBackground();
            return;
        }
        ContentSnapshot.Loaded onDemand = snapshot.loadBundledOnDemand();
        Optional<String> key = onDemand.key();
        if (key.isPresent() && SearchIndex.isStored(key.get(), cache)) {
            startWith(onDemand);
            SearchIndex.openInBackground(key.get(), cache);
        } else {
            // The index will be built from the content: read it beside picocli, as for any other command.
            startWith(snapshot.loadBundled());
            SearchIndex.initialiseInBackground();
        }
    }

    /** Hands {@code loaded} to the next command that loads the bundled content. */
    static void startWith(ContentSnapshot.Loaded loaded) {
        EARLY.set(loaded);
    }

    /** The content with the key of its cache entry, for caches of what is derived from it (the search index). */
    ContentSnapshot.Loaded loadCached() {
        if (directory == null) {
            ContentSnapshot.Loaded early = EARLY.getAndSet(null);
            return early != null ? early : ContentSnapshot.using(cache()).loadBundled();
        }
        ContentSnapshot snapshot = ContentSnapshot.using(cache());
        if (!Files.isDirectory(directory)) {
            throw new UsageError("--content " + directory + ": no such directory; point it at the folder that holds "
                    + "concepts/, papers/, resources/, creators/, paths/ and guides/");
        }
        return snapshot.load(directory);
    }
}
