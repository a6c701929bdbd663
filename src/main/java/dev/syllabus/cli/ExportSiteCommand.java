package dev.syllabus.cli;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.lint.Validator;
import dev.syllabus.site.ExportException;
import dev.syllabus.site.SiteExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code syllabus export-site OUT}: the whole wiki as static files, for file:// or any static host. */
@Command(name = "export-site", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Write the wiki as static HTML with relative links, search in the browser, a 404 page and, with "
                + "--base-url, a sitemap. A second export rewrites only the files that changed; a failed one leaves OUT as it was.")
final class ExportSiteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "Directory to write: new, empty, or a previous export.")
    Path out;

    @Mixin
    ContentOption content;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The absolute address the copy is published at (https://example.org/wiki/): writes sitemap.xml "
                    + "and gives the 404 page absolute links. Without it no sitemap is written: sitemaps need absolute addresses.")
    String baseUrl;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<URI> base = Optional.ofNullable(baseUrl).map(ExportSiteCommand::uri);
        long started = System.nanoTime();
        LoadedContent loaded = content.load();
        // Prepared before validating, so the search index is built meanwhile; content with errors exports nothing and
        // the index being built is dropped with the process.
        SiteExport export = SiteExport.prepare(loaded);
        PrintWriter err = spec.commandLine().getErr();
        List<Finding> errors = Validator.validate(loaded).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            errors.forEach(err::println);
            err.printf("syllabus: %d error%s in the content: nothing exported (syllabus validate lists them)%n",
                    errors.size(), errors.size() == 1 ? "" : "s");
            err.flush();
            return 1;
        }
        SiteExport.Result r;
        try {
            r = export.into(out, base);
        } catch (ExportException e) {
            if (e.usage()) {
                throw new UsageError(e.getMessage());
            }
            throw e;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("Exported %d pages (%d files) to %s in %d ms: %d written, %d unchanged, %d removed; search index %d KB%n",
                r.pages(), r.files(), out, (System.nanoTime() - started) / 1_000_000, r.written(), r.unchanged(),
                r.removed(), (r.indexBytes() + 1023) / 1024);
        o.println(r.sitemap() ? "sitemap.xml written for " + baseUrl
                : "No sitemap.xml: sitemaps need absolute addresses; pass --base-url https://your.host/path/ to write one.");
        o.println("Open " + out.toAbsolutePath().normalize().resolve("index.html").toUri());
        o.flush();
        return 0;
    }

    private static URI uri(String s) {
        try {
            URI uri = new URI(s);
            if (!uri.isAbsolute() || uri.getHost() == null || !(s.startsWith("http://") || s.startsWith("https://"))) {
                throw new UsageError("--base-url " + s + " is not an absolute web address: write it as https://example.org/wiki/");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageError("--base-url " + s + " is not an address (" + e.getReason() + "): write it as https://example.org/wiki/");
        }
    }
}
