package dev.syllabus.site;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.links.DocumentTargets;
import dev.syllabus.links.Target;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The static export of the small valid fixture: its pages, its links, its scripts and its sitemap. */
class SiteExportTest {
    static final LoadedContent FIXTURE = ContentLoader.load(Path.of("src/test/resources/fixtures/valid"));

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheServerIsAFile() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.run(FIXTURE, out, Optional.empty());
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("concepts/self-attention.html")).isRegularFile();
        assertThat(out.resolve("concepts/index.html")).isRegularFile();
        assertThat(out.resolve("papers/bahdanau-attention.html")).isRegularFile();
        assertThat(out.resolve("resources/nn-primer.html")).isRegularFile();
        assertThat(out.resolve("creators/demo-channel.html")).isRegularFile();
        assertThat(out.resolve("paths/demo-path.html")).isRegularFile();
        assertThat(out.resolve("guides/demo-guide.html")).isRegularFile();
        assertThat(out.resolve("graph.html")).isRegularFile();
        assertThat(out.resolve("search.html")).isRegularFile();
        assertThat(out.resolve("plan.html")).isRegularFile();
        assertThat(out.resolve("404.html")).isRegularFile();
    }

    @Test
    void everyInternalLinkOfEveryPageNamesAFileOfTheExport() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.run(FIXTURE, out, Optional.empty());
        List<Path> pages = html(out);
        List<String> missing = new ArrayList<>();
        for (Target t : DocumentTargets.of(pages)) {
            if (t.address().startsWith("file:") && !Files.exists(Path.of(URI.create(t.address())))) {
                missing.add(t.address() + " from " + t.occurrences().get(0).file());
            }
        }
        for (Path page : pages) {
            for (Element form : parse(page).select("form[action], script[data-index], script[data-lib]")) {
                for (String attr : List.of("action", "data-index", "data-lib")) {
                    if (form.hasAttr(attr) && !Files.exists(page.getParent().resolve(form.attr(attr).replaceAll("[?#].*", "")).normalize())) {
                        missing.add(form.attr(attr) + " from " + page);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(pages).hasSizeGreaterThan(15);
    }

    @Test
    void noPageLinksToTheServersRootOrItsApi() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.run(FIXTURE, out, Optional.empty());
        for (Path page : html(out)) {
            if (!page.getFileName().toString().equals("404.html")) {
                assertThat(Files.readString(page)).as(page.toString()).doesNotContainPattern("(href|src|action)=\"/");
            }
        }
    }

    @Test
    void pagesHaveNoInlineScriptHandlerOrStyle() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.run(FIXTURE, out, Optional.empty());
        for (Path page : html(out)) {
            Document doc = parse(page);
            assertThat(doc.select("script:not([src])")).as(page + ": inline script").isEmpty();
            assertThat(doc.select("[style]")).as(page + ": style attribute").isEmpty();
            assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(page + ": event handler").isEmpty();
        }
    }

    @Test
    void everyPageLoadsTheSearchBeforeTheWikisScript() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.run(FIXTURE, out, Optional.empty());
        Document concept = parse(out.resolve("concepts/self-attention.html"));
        List<String> scripts = concept.select("script[src]").eachAttr("src");
        assertThat(scripts).anyMatch(s -> s.startsWith("../assets/static-search."));
        assertThat(scripts.indexOf(scripts.stream().filter(s -> s.startsWith("../assets/static-search.")).findFirst().orElseThrow()))
                .isLessThan(scripts.indexOf(scripts.stream().filter(s -> s.startsWith("../assets/site.")).findFirst().orElseThrow()));
    }

    @Test
    void theSearchIndexIsAScriptWithEveryDocumentOfTheServersIndex() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.run(FIXTURE, out, Optional.empty());
        Path index;
        try (Stream<Path> files = Files.list(out.resolve("assets"))) {
            index = files.filter(f -> f.getFileName().toString().equals("search-index.js")).findFirst().orElseThrow();
        }
        String script = Files.readString(index);
        assertThat(script).startsWith("window.SyllabusSearchIndex=");
        assertThat(script).contains("\"self-attention\"", "\"demo-channel\"", "\"demo-path\"", "\"summary\"", "\"people\"");
    }

    @Test
    void withoutABaseUrlThereIsNoSitemap() {
        Path out = dir.resolve("site");
        SiteExport.Result r = SiteExport.run(FIXTURE, out, Optional.empty());
        assertThat(r.sitemap()).isFalse();
        assertThat(out.resolve("sitemap.xml")).doesNotExist();
    }

    @Test
    void withABaseUrlTheSitemapListsEveryPageButThe404Absolutely() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.run(FIXTURE, out, Optional.of(URI.create("https://example.org/wiki")));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertThat(sitemap).contains("<loc>https://example.org/wiki/</loc>", "<loc>https://example.org/wiki/concepts/</loc>",
                "<loc>https://example.org/wiki/concepts/self-attention.html</loc>").doesNotContain("404");
        assertThat(Files.readString(out.resolve("404.html"))).contains("href=\"https://example.org/wiki/index.html\"");
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        SiteExport.run(FIXTURE, dir.resolve("a"), Optional.empty());
        SiteExport.run(FIXTURE, dir.resolve("b"), Optional.empty());
        assertThat(contents(dir.resolve("b"))).isEqualTo(contents(dir.resolve("a")));
    }

    static List<Path> html(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    static TreeMap<String, String> contents(Path out) throws IOException {
        TreeMap<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                all.put(out.relativize(f).toString(), Manifest.hash(Files.readAllBytes(f)));
            }
        }
        return all;
    }

    static FileTime mtime(Path f) throws IOException {
        return Files.getLastModifiedTime(f);
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
    }
}
