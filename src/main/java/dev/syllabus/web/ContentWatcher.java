package dev.syllabus.web;

import dev.syllabus.content.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a content directory and reloads the site when a file changes. Changes are gathered until the tree has been
 * quiet for a moment (an editor's save is often several events), then the new content is validated; only valid content
 * is swapped in, and the errors of invalid content go to the log and to /health.
 */
final class ContentWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);
    private static final long QUIET_MILLIS = 150;

    private final Path root;
    private final SiteLoader loader;
    private final LiveSite live;
    private final WatchService watch;
    private final Thread thread;

    ContentWatcher(Path root, SiteLoader loader, LiveSite live) {
        this.root = root;
        this.loader = loader;
        this.live = live;
        try {
            this.watch = FileSystems.getDefault().newWatchService();
            registerTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + " for changes", e);
        }
        this.thread = new Thread(this::run, "content-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
        LOG.info("watching {} for changes", root);
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                drain(watch.take());
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Consumes a key's events; a new folder is watched too, so files added inside it are seen. */
    private void drain(WatchKey key) {
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name && key.watchable() instanceof Path dir) {
                Path changed = dir.resolve(name);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                    try {
                        registerTree(changed);
                    } catch (IOException e) {
                        LOG.warn("cannot watch new folder {}: {}", changed, e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    void reload() {
        long started = System.nanoTime();
        try {
            Site next = loader.load();
            live.swap(next);
            LOG.info("content reloaded: {} entities in {} ms", next.kb().size(), (System.nanoTime() - started) / 1_000_000);
        } catch (SiteLoader.Rejected e) {
            live.reject(loader.clock().instant(), e.errors());
            LOG.warn("content change rejected, still serving the previous content; {} error(s):", e.errors().size());
            e.errors().forEach(f -> LOG.warn("  {}", f));
        } catch (OutOfMemoryError e) {
            throw e; // FatalErrors ends the process, so that a supervisor restarts it
        } catch (RuntimeException | Error e) {
            // Whatever a bad file does to a reader (a stack overflow, a parser's bug), the watcher carries on watching.
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            live.reject(loader.clock().instant(), List.of(Finding.error("unreadable", root.toString(), 0,
                    "the content could not be loaded (" + what + "); the previous content is still served")));
            LOG.warn("content change could not be loaded, still serving the previous content: {}", what, e);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watch.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.getMessage());
        }
    }
}
