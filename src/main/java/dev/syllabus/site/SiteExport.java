package dev.syllabus.site;

import dev.syllabus.content.LoadedContent;
import dev.syllabus.web.StaticPages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code syllabus export-site}: every page of the wiki as a static file with relative links, the assets, a search
 * index with its script, a 404 page and, given the address it is published at, a sitemap. Pages are rendered in
 * parallel and written as they are rendered (never all held at once), into a staging directory that replaces the
 * output only when the export is complete.
 */
public final class SiteExport {
    /** The MiniSearch release vendored under src/main/resources/web/vendor/minisearch (see its README). */
    static final String MINISEARCH_VERSION = "7.2.0";
    static final String NOT_FOUND = "404.html";
    /** A fixed name: a hashed one would change every page whenever any content changed. */
    private static final String INDEX = "/assets/search-index.js";

    /** What an export wrote: its pages, the files changed, kept and dropped, the search index's size, the sitemap. */
    public record Result(int pages, int files, int written, int unchanged, int removed, long indexBytes, boolean sitemap) {
    }

    private final LoadedContent content;
    private final CompletableFuture<byte[]> index;

    private SiteExport(LoadedContent content) {
        this.content = content;
        // The index takes a second on its own: it is built while the content is validated and the pages rendered.
        this.index = CompletableFuture.supplyAsync(() -> SearchScript.of(content.kb()));
    }

    /**
     * Starts an export of {@code content}: its search index is built from now on, so a caller that validates the
     * content before {@link #into} leaves the second core that work meanwhile.
     */
    public static SiteExport prepare(LoadedContent content) {
        return new SiteExport(content);
    }

    /**
     * Exports validated content into {@code out}; {@code baseUrl}, when given, is the absolute address the copy is
     * published at (for the sitemap and the 404 page).
     *
     * @throws ExportException when {@code out} cannot be used or the export fails; {@code out} is then as it was
     */
    public static Result run(LoadedContent content, Path out, Optional<URI> baseUrl) {
        return prepare(content).into(out, baseUrl);
    }

    /** Writes the export into {@code out}, as {@link #run} does. */
    public Result into(Path out, Optional<URI> baseUrl) {
        Optional<String> base = baseUrl.map(SiteExport::base);
        try (StagedOutput staged = StagedOutput.open(out)) {
            Map<String, byte[]> assets = assets();
            String searchScripts = scripts(assets.keySet());
            assets.forEach((address, bytes) -> staged.write(RelativeLinks.file(address), bytes));
            StaticPages pages = new StaticPages(content);
            List<String> routes = pages.routes();
            String siteScript = "<script src=\"" + StaticPages.siteScript() + "\"";
            onEveryCore(pages.renderOrder(), route -> {
                String file = RelativeLinks.file(route);
                String html = StaticLabs.adapt(pages.render(route)).replace(siteScript, searchScripts + siteScript);
                String root = file.equals(NOT_FOUND) ? base.orElse("") : RelativeLinks.up(file);
                staged.write(file, RelativeLinks.rewrite(html, root).getBytes(StandardCharsets.UTF_8));
            });
            byte[] indexBytes = joined(index);
            staged.write(RelativeLinks.file(INDEX), indexBytes);
            if (base.isPresent()) {
                List<String> listed = routes.stream().map(RelativeLinks::file).filter(f -> !f.equals(NOT_FOUND)).toList();
                staged.write("sitemap.xml", Sitemap.of(base.get(), listed));
            }
            StagedOutput.Summary summary = staged.commit();
            return new Result(routes.size(), routes.size() + assets.size() + 1 + (base.isPresent() ? 1 : 0),
                    summary.written(), summary.unchanged(), summary.removed(), indexBytes.length, base.isPresent());
        } catch (UncheckedIOException e) {
            throw ExportException.failure("the export failed and " + out + " was left as it was: " + e.getMessage(), e);
        }
    }

    /** The index, or the failure that stopped it as thrown by its own code rather than wrapped by the future. */
    private static byte[] joined(CompletableFuture<byte[]> index) {
        try {
            return index.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Runs {@code task} for every item, on this thread and one more per further core, each taking the next item when
     * done with its last. A parallel stream cuts the list into a few fixed runs instead, and the run that held the
     * concept pages (each with a graph to lay out) left one core idle for the last seconds of an export.
     */
    private static void onEveryCore(List<String> items, java.util.function.Consumer<String> task) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                task.accept(items.get(i));
            }
        };
        List<CompletableFuture<Void>> helpers = java.util.stream.IntStream.range(1, Runtime.getRuntime().availableProcessors())
                .mapToObj(k -> CompletableFuture.runAsync(worker)).toList();
        RuntimeException failed = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failed = e;
            next.set(items.size());
        }
        // Every helper is waited for, even after a failure: none may still write when the staging folder is removed.
        for (CompletableFuture<Void> helper : helpers) {
            try {
                helper.join();
            } catch (java.util.concurrent.CompletionException e) {
                next.set(items.size());
                if (failed == null) {
                    failed = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** The wiki's assets and the static copy's own but the index: its search script and MiniSearch, names hashed. */
    private static Map<String, byte[]> assets() {
        Map<String, byte[]> files = new java.util.TreeMap<>(StaticPages.assets());
        byte[] search = resource("/web/static-search.js");
        files.put("/assets/static-search." + sha256(search).substring(0, 10) + ".js", search);
        files.put("/assets/minisearch-" + MINISEARCH_VERSION + ".js", resource("/web/vendor/minisearch/minisearch.js"));
        return files;
    }

    /** The tag that loads the search script, naming the library and the index it loads on first use. */
    private static String scripts(java.util.Set<String> assets) {
        String search = assets.stream().filter(a -> a.startsWith("/assets/static-search.")).findFirst().orElseThrow();
        return "<script src=\"" + search + "\" data-lib=\"/assets/minisearch-" + MINISEARCH_VERSION + ".js\" data-index=\""
                + INDEX + "\" defer></script>";
    }

    private static String base(URI uri) {
        String s = uri.toString();
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw ExportException.usage("--base-url " + s + " is not an absolute address: write it as https://example.org/wiki/");
        }
        return s.endsWith("/") ? s : s + "/";
    }

    /** A script's name carries its SHA-256 like the wiki's own assets', so a new version is never served from cache. */
    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath: rebuild with ./mvnw -B package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }
}
