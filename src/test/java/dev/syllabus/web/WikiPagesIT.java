package dev.syllabus.web;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The wiki's HTML routes over the bundled knowledge base, through a real HTTP client. */
class WikiPagesIT {
    private static WebServer server;
    private static Client client;
    private static KnowledgeBase kb;

    @BeforeAll
    static void start() {
        server = Servers.bundled();
        client = new Client(server.port());
        kb = ContentLoader.load(Path.of("content")).kb();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void homeShowsEveryAreaAndTheGuideAsHtml() {
        HttpResponse<String> home = client.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Client.type(home)).startsWith("text/html");
        assertThat(home.body()).contains("<main id=\"main\"", "action=\"/search\"", "action=\"/plan\"");
        kb.concepts().forEach(c -> assertThat(home.body()).contains("href=\"/concepts/" + c.slug() + "\""));
        kb.paths().forEach(p -> assertThat(home.body()).contains("href=\"/paths/" + p.slug() + "\""));
    }

    @ParameterizedTest
    @EnumSource(EntityType.class)
    void everyEntityHasAPageWithItsTitle(EntityType type) {
        for (Entity e : kb.entities().stream().filter(e -> e.type() == type).toList()) {
            HttpResponse<String> page = client.get(Href.to(e));
            assertThat(page.statusCode()).as(Href.to(e)).isEqualTo(200);
            assertThat(Client.type(page)).startsWith("text/html");
            assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo(e.title());
        }
    }

    @Test
    void conceptPageDrawsItsPrerequisitesAsLinkedNodes() {
        var concept = kb.concepts().stream().filter(c -> !c.prerequisites().isEmpty()).findFirst().orElseThrow();
        String body = client.get(Href.to(concept)).body();
        assertThat(body).contains("<svg", "class=\"node current\" data-slug=\"" + concept.slug() + "\"");
        kb.graph().ancestors(concept.slug()).forEach(a -> assertThat(body).contains("data-slug=\"" + a + "\""));
    }

    @Test
    void externalLinksNeverLeakTheOpener() {
        var resource = kb.resources().stream().filter(r -> r.url().isPresent()).findFirst().orElseThrow();
        String body = client.get(Href.to(resource)).body();
        assertThat(body).contains("href=\"" + resource.url().get() + "\" rel=\"noopener noreferrer\"");
    }

    @Test
    void graphLinksEveryConceptToItsPage() {
        HttpResponse<String> graph = client.get("/graph");
        assertThat(graph.statusCode()).isEqualTo(200);
        kb.concepts().forEach(c -> assertThat(graph.body()).contains("<a href=\"/concepts/" + c.slug() + "\" class=\"node"));
    }

    @Test
    void unknownSlugIsA404PageSuggestingTheClosestEntities() {
        HttpResponse<String> page = client.get("/concepts/self-atention");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Client.type(page)).startsWith("text/html");
        assertThat(page.body()).contains("Did you mean", "href=\"/concepts/self-attention\"");
    }

    @Test
    void unknownRouteIsTheSame404Page() {
        HttpResponse<String> page = client.get("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Nothing here by that name");
    }

    @Test
    void unchangedPageIsAnswered304WithoutABody() {
        HttpResponse<String> first = client.get("/concepts/self-attention");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = client.get("/concepts/self-attention", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void clientsThatAcceptGzipGetTheSamePageCompressed() throws java.io.IOException {
        String plain = client.get("/concepts/self-attention").body();
        var zipped = client.getBytes("/concepts/self-attention", "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
        }
    }

    @Test
    void stylesheetIsCachedForAYear() {
        HttpResponse<String> css = client.get(Assets.css());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(Client.type(css)).startsWith("text/css");
        assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        assertThat(client.get(Assets.js()).statusCode()).isEqualTo(200);
    }

    @Test
    void searchPageShowsHitsAndFacetLinks() {
        HttpResponse<String> page = client.get("/search?q=causal+masking");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/concepts/causal-masking\"", "<mark>", "href=\"/search?q=causal+masking&amp;type=");
    }

    @Test
    void searchPageWithABadFilterIsA400Page() {
        HttpResponse<String> page = client.get("/search?q=x&kind=podcast");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Client.type(page)).startsWith("text/html");
        assertThat(page.body()).contains("kind");
    }
}
