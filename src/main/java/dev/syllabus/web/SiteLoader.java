package dev.syllabus.web;

import dev.syllabus.cache.CacheDirectory;
import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.ContentSnapshot;
import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.content.ParseMemo;
import dev.syllabus.lint.Validator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** Loads and validates a content tree (a directory, or the bundled one) and builds its site only if it is valid. */
final class SiteLoader {
    /** Content with validation errors: the site is not built and the errors say why. */
    static final class Rejected extends RuntimeException {
        private final transient List<Finding> errors;

        Rejected(List<Finding> errors) {
            super(errors.size() + " validation error" + (errors.size() == 1 ? "" : "s") + " in the content, first: "
                    + errors.get(0));
            this.errors = List.copyOf(errors);
        }

        List<Finding> errors() {
            return errors;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SiteLoader.class);
    private final Optional<Path> directory;
    private final Clock clock;

    private final CacheDirectory cache;
    private final ContentSnapshot snapshot;
    private final AtomicBoolean loadedOnce = new AtomicBoolean();
    private final ParseMemo memo = new ParseMemo();

    /** Without a cache: every load reads the files. */
    SiteLoader(Optional<Path> directory, Clock clock) {
        this(directory, clock, CacheDirectory.none());
    }

    SiteLoader(Optional<Path> directory, Clock clock, CacheDirectory cache) {
        this.directory = directory;
        this.clock = clock;
        this.cache = cache;
        this.snapshot = ContentSnapshot.using(cache);
    }

    Optional<Path> directory() {
        return directory;
    }

    Clock clock() {
        return clock;
    }

    /** @throws Rejected when validation finds errors */
    Site load() {
        long started = System.nanoTime();
        // Only the start reads and writes the cache. A reload under --watch follows an edit, so it would miss, and
        // hashing the tree and writing the entry were a quarter of a reload's own work (JFR); it parses only the files
        // whose text changed since the last reload instead.
        ContentSnapshot.Loaded cached = loadedOnce.getAndSet(true) && directory.isPresent()
                ? new ContentSnapshot.Loaded(ContentLoader.load(directory.get(), memo), Optional.empty())
                : directory.map(snapshot::load).orElseGet(snapshot::loadBundled);
        LoadedContent content = cached.content();
        long loaded = System.nanoTime();
        List<Finding> findings = Validator.validate(content);
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        long validated = System.nanoTime();
        Site site = SiteBuilder.build(content, findings, clock, kb -> Features.of(kb, clock, cached.key(), cache));
        LOG.info("{} entities ready in {} ms (read {} ms, validate {} ms, render and index {} ms)", content.kb().size(),
                millis(started, System.nanoTime()), millis(started, loaded), millis(loaded, validated),
                millis(validated, System.nanoTime()));
        return site;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
