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

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/concepts", "/api/v1/concepts/self-attention", "/api/v1/papers", "/api/v1/papers/dpo",
            "/api/v1/resources", "/api/v1/resources/3b1b-attention-in-transformers", "/api/v1/creators",
            "/api/v1/creators/andrej-karpathy", "/api/v1/paths", "/api/v1/paths/paper-path", "/api/v1/guides",
            "/api/v1/guides/topic-picks", "/api/v1/graph", "/api/v1/search?q=rope", "/api/v1/suggest?q=atten",
            "/api/v1/plan?goal=dpo&budget=12h&hoursPerWeek=5&start=2026-12-07", "/api/v1/labs/params?preset=llama2-7b",
            "/api/v1/labs/scaling?compute=1e24", "/api/v1/labs/tokenize?text=Hello%20world!", "/api/v1/labs/bpe",
            "/api/v1/labs/decode?top-p=0.9", "/api/v1/labs/decode?source=ngram&strategy=contrastive",
            "/api/v1/labs/positions?positions=8&dimension=8"})
    void everyResponseMatchesItsSchemaFieldByField(String path) {
        JsonNode doc = json(client.get("/api/v1/openapi.json"));
        String route = path.replaceAll("\\?.*", "").replaceAll("^(/api/v1/(?!labs/)[a-z]+)/[a-z0-9-]+$", "$1/{slug}");
        JsonNode schema = doc.at("/paths/" + route.replace("/", "~1") + "/get/responses/200/content/application~1json/schema");
        assertThat(schema.isMissingNode()).as(route).isFalse();
        List<String> problems = new ArrayList<>();
        check(doc, schema, json(client.get(path)), "$", problems);
        assertThat(problems).as(path).isEmpty();
        assertThat(resolve(doc, schema).has("example") || schema.has("example")).as("example for " + route).isTrue();
    }

    /** A small validator for the subset of JSON Schema the document uses: $ref, allOf, type, properties, enum. */
    private static void check(JsonNode doc, JsonNode schema, JsonNode value, String at, List<String> problems) {
        schema = resolve(doc, schema);
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(s -> check(doc, s, value, at, problems));
            return;
        }
        String type = schema.path("type").asText();
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (value.isNull() && schema.path("nullable").asBoolean()) {
            return;
        }
        if (!ok) {
            problems.add(at + " is " + value.getNodeType() + ", not " + type);
            return;
        }
        if (schema.has("enum")) {
            List<String> choices = new ArrayList<>();
            schema.get("enum").forEach(e -> choices.add(e.asText()));
            if (!choices.contains(value.asText())) {
                problems.add(at + " = " + value.asText() + " is not one of " + choices);
            }
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(doc, schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
        if (value.isObject()) {
            JsonNode props = schema.path("properties");
            value.fields().forEachRemaining(f -> {
                if (!props.has(f.getKey())) {
                    problems.add(at + "." + f.getKey() + " is not described");
                } else {
                    check(doc, props.get(f.getKey()), f.getValue(), at + "." + f.getKey(), problems);
                }
            });
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    problems.add(at + "." + r.asText() + " is required but missing");
                }
            });
        }
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        while (schema.has("$ref")) {
            schema = doc.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
