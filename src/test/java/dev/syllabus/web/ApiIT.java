package dev.syllabus.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.view.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API under /api/v1 over the bundled knowledge base, through a real HTTP client. */
class ApiIT {
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

    @ParameterizedTest
    @EnumSource(EntityType.class)
    void everyListHoldsEveryEntityOfItsKind(EntityType type) {
        HttpResponse<String> list = client.get("/api/v1/" + type.folder());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Client.type(list)).startsWith("application/json");
        Set<String> slugs = new HashSet<>();
        json(list).forEach(n -> slugs.add(n.get("slug").asText()));
        assertThat(slugs).containsExactlyInAnyOrderElementsOf(
                kb.entities().stream().filter(e -> e.type() == type).map(e -> e.slug().value()).toList());
    }

    @ParameterizedTest
    @EnumSource(EntityType.class)
    void everyEntityHasADocument(EntityType type) {
        for (Entity e : kb.entities().stream().filter(e -> e.type() == type).toList()) {
            HttpResponse<String> doc = client.get("/api/v1" + Href.to(e));
            assertThat(doc.statusCode()).as(e.slug().value()).isEqualTo(200);
            assertThat(doc.body()).contains("\"" + e.slug() + "\"");
        }
    }

    @Test
    void resourcesFilterByKindAndConcept() {
        JsonNode videos = json(client.get("/api/v1/resources?kind=video&concept=self-attention"));
        List<String> expected = kb.resources().stream().filter(r -> r.kind() == ResourceKind.VIDEO)
                .filter(r -> r.allConcepts().stream().anyMatch(c -> c.value().equals("self-attention")))
                .map(r -> r.slug().value()).toList();
        List<String> got = new ArrayList<>();
        videos.forEach(n -> got.add(n.get("slug").asText()));
        assertThat(got).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void conceptsFilterByArea() {
        json(client.get("/api/v1/concepts?area=alignment")).forEach(n -> assertThat(n.get("area").asText()).isEqualTo("alignment"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/resources?kind=podcast", "/api/v1/resources?creator=nobody-at-all",
            "/api/v1/concepts?area=cooking", "/api/v1/papers?introduces=x", "/api/v1/creators?kind=robot",
            "/api/v1/resources?colour=red", "/api/v1/paths?anything=1", "/api/v1/search?limit=9999",
            "/api/v1/suggest", "/api/v1/resources?kind=video&kind=book"})
    void badParameterIsA400NamingIt(String path) {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.get("error").asText()).isEqualTo("bad-parameter");
        assertThat(error.get("detail").asText()).contains(error.get("parameter").asText());
    }

    @Test
    void unknownSlugIsA404WithSuggestions() {
        HttpResponse<String> response = client.get("/api/v1/concepts/self-atention");
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = json(response);
        assertThat(error.get("error").asText()).isEqualTo("not-found");
        assertThat(error.get("suggestions").toString()).contains("self-attention");
    }

    @Test
    void unknownApiRouteIsAJson404() {
        HttpResponse<String> response = client.get("/api/v1/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Client.type(response)).startsWith("application/json");
    }

    @Test
    void documentsCarryAnETagAndAnswer304WhenUnchanged() {
        HttpResponse<String> first = client.get("/api/v1/resources?kind=video");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).isPresent();
        assertThat(client.get("/api/v1/resources?kind=video", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(client.get("/api/v1/resources?kind=book", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void searchReturnsHitsWithSnippetsAndFacets() {
        JsonNode results = json(client.get("/api/v1/search?q=rope&limit=3"));
        assertThat(results.get("hits").get(0).get("slug").asText()).isEqualTo("rotary-position-embedding");
        assertThat(results.get("facets").size()).isPositive();
    }

    @Test
    void suggestCompletesAPrefix() {
        HttpResponse<String> response = client.get("/api/v1/suggest?q=atten");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("attention");
    }

    @Test
    void segmentsCarryDeepLinks() {
        Resource video = kb.resources().stream().filter(r -> r.segments().stream().anyMatch(s -> s.start().isPresent()))
                .filter(r -> r.url().isPresent()).findFirst().orElseThrow();
        JsonNode doc = json(client.get("/api/v1/resources/" + video.slug()));
        assertThat(doc.get("resource").get("segments").toString()).contains("t=");
    }

    @Test
    void openApiDocumentsExactlyTheRegisteredApiRoutes() {
        JsonNode doc = json(client.get("/api/v1/openapi.json"));
        Set<String> documented = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> registered = new HashSet<>();
        server.routes().stream().filter(p -> p.startsWith("/api/")).forEach(registered::add);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void openApiListsTheParametersEachRouteAccepts() {
        JsonNode params = json(client.get("/api/v1/openapi.json")).at("/paths/~1api~1v1~1resources/get/parameters");
        List<String> names = new ArrayList<>();
        params.forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).containsExactly("kind", "creator", "concept", "level", "access");
        assertThat(client.get("/api/v1/resources?level=advanced").statusCode()).isEqualTo(200);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
