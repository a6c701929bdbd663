package dev.syllabus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syllabus.plan.JsonShapes;
import dev.syllabus.search.SearchResults;
import dev.syllabus.search.Suggestion;
import dev.syllabus.view.Details;
import dev.syllabus.view.Json;
import dev.syllabus.view.Views;

import java.util.Map;
import java.util.function.Function;

/**
 * The OpenAPI 3 description of the JSON API, written from {@link ApiCatalog} so it always matches the routes, with
 * every response's schema read from the records its JSON is written from ({@link JsonSchemas}) and an example taken
 * from the loaded content (lists shortened to two entries).
 */
final class OpenApiDocument {
    /** The record each response is made of; names ending in List are arrays of it. */
    private static final Map<String, Class<?>> SHAPES = withLabs(Map.ofEntries(
            Map.entry("ConceptList", Views.ConceptView.class), Map.entry("ConceptDetail", Details.ConceptDetail.class),
            Map.entry("PaperList", Views.PaperView.class), Map.entry("PaperDetail", Details.PaperDetail.class),
            Map.entry("ResourceList", Views.ResourceView.class), Map.entry("ResourceDetail", Details.ResourceDetail.class),
            Map.entry("CreatorList", Views.CreatorView.class), Map.entry("CreatorDetail", Details.CreatorDetail.class),
            Map.entry("PathList", Views.PathSummary.class), Map.entry("PathReport", JsonShapes.path()),
            Map.entry("GuideList", Views.GuideSummary.class), Map.entry("GuideDetail", Details.GuideDetail.class),
            Map.entry("Graph", GraphPicture.class), Map.entry("SearchResults", SearchResults.class),
            Map.entry("SuggestionList", Suggestion.class), Map.entry("Plan", JsonShapes.plan())));

    private OpenApiDocument() {
    }

    private static Map<String, Class<?>> withLabs(Map<String, Class<?>> shapes) {
        Map<String, Class<?>> all = new java.util.HashMap<>(shapes);
        all.putAll(LabRoutes.shapes());
        return Map.copyOf(all);
    }

    /** The document; {@code example} gives a real response for a route's path, or null when it has none. */
    static String render(Function<String, String> example) {
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Syllabus API").put("version", "1")
                .put("description", "The knowledge base, search, planner and concept labs of Syllabus as JSON. Errors are {error, detail}.");
        ObjectNode paths = doc.putObject("paths");
        for (ApiCatalog.Route route : ApiCatalog.routes()) {
            paths.putObject(route.path()).set("get", operation(route));
        }
        ObjectNode schemas = doc.putObject("components").putObject("schemas");
        schemas.putObject("Error").put("type", "object").putObject("properties")
                .<ObjectNode>set("error", type("string")).<ObjectNode>set("detail", type("string"))
                .<ObjectNode>set("parameter", type("string"))
                .putObject("suggestions").put("type", "array").set("items", type("string"));
        JsonSchemas shapes = new JsonSchemas();
        for (ApiCatalog.Route route : ApiCatalog.routes()) {
            String name = route.schema();
            Class<?> shape = SHAPES.get(name);
            if (schemas.has(name)) {
                continue;
            }
            ObjectNode schema = shape == null ? Json.mapper().createObjectNode().put("type", "object")
                    .put("description", "An OpenAPI 3.0 document.")
                    : name.endsWith("List") ? Json.mapper().createObjectNode().put("type", "array").set("items", shapes.ref(shape))
                    : shapes.ref(shape);
            String sample = shape == null ? null : example.apply(route.path());
            if (sample != null) {
                schema = shape != null && !name.endsWith("List") ? Json.mapper().createObjectNode()
                        .set("allOf", Json.mapper().createArrayNode().add(schema)) : schema;
                schema.set("example", shorten(parse(sample)));
            }
            schemas.set(name, schema);
        }
        // A response named like its record (ConceptDetail) is that record's schema, with the example added to it.
        shapes.components().forEach((name, component) -> {
            JsonNode response = schemas.get(name);
            if (response != null && response.has("example")) {
                component.set("example", response.get("example"));
            }
            schemas.set(name, component);
        });
        return Json.pretty(doc);
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an API document is not JSON", e);
        }
    }

    /** An example readable in a document: arrays cut to their first two entries, at every depth. */
    private static JsonNode shorten(JsonNode node) {
        if (node.isArray()) {
            ArrayNode out = Json.mapper().createArrayNode();
            for (int i = 0; i < Math.min(2, node.size()); i++) {
                out.add(shorten(node.get(i)));
            }
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = Json.mapper().createObjectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), shorten(e.getValue())));
            return out;
        }
        return node;
    }

    private static ObjectNode operation(ApiCatalog.Route route) {
        ObjectNode op = Json.mapper().createObjectNode();
        op.put("summary", route.summary());
        op.put("operationId", route.path().replace(ApiCatalog.API + "/", "").replaceAll("[^a-z]+", "_"));
        parameters(route, op.putArray("parameters"));
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", "OK").putObject("content").putObject("application/json")
                .putObject("schema").put("$ref", "#/components/schemas/" + route.schema());
        responses.putObject("304").put("description", "Not modified since the ETag given in If-None-Match.");
        error(responses, "400", "A query parameter is unknown or malformed; the body names it.");
        if (route.takesSlug()) {
            error(responses, "404", "No entity has that slug; the body suggests close ones.");
        }
        return op;
    }

    private static void parameters(ApiCatalog.Route route, ArrayNode params) {
        if (route.takesSlug()) {
            params.addObject().put("name", "slug").put("in", "path").put("required", true)
                    .put("description", "The entity's slug.").set("schema", type("string"));
        }
        for (ApiCatalog.Param p : route.params()) {
            ObjectNode param = params.addObject().put("name", p.name()).put("in", "query").put("required", p.required())
                    .put("description", p.description());
            ObjectNode schema = type("string");
            if (!p.choices().isEmpty()) {
                p.choices().forEach(schema.putArray("enum")::add);
            }
            param.set("schema", p.repeatable() ? type("array").set("items", schema) : schema);
            if (p.repeatable()) {
                param.put("explode", true);
            }
        }
    }

    private static void error(ObjectNode responses, String status, String description) {
        responses.putObject(status).put("description", description).putObject("content").putObject("application/json")
                .putObject("schema").put("$ref", "#/components/schemas/Error");
    }

    private static ObjectNode type(String name) {
        return Json.mapper().createObjectNode().put("type", name);
    }
}
