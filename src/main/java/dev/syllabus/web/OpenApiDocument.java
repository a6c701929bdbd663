package dev.syllabus.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syllabus.view.Json;

/** The OpenAPI 3 description of the JSON API, written from {@link ApiCatalog} so it always matches the routes. */
final class OpenApiDocument {
    private OpenApiDocument() {
    }

    static String render() {
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Syllabus API").put("version", "1")
                .put("description", "The knowledge base, search and planner of Syllabus as JSON. Errors are {error, detail}.");
        ObjectNode paths = doc.putObject("paths");
        for (ApiCatalog.Route route : ApiCatalog.routes()) {
            paths.putObject(route.path()).set("get", operation(route));
        }
        ObjectNode schemas = doc.putObject("components").putObject("schemas");
        schemas.putObject("Error").put("type", "object").putObject("properties")
                .<ObjectNode>set("error", type("string")).<ObjectNode>set("detail", type("string"))
                .<ObjectNode>set("parameter", type("string"))
                .putObject("suggestions").put("type", "array").set("items", type("string"));
        ApiCatalog.routes().stream().map(ApiCatalog.Route::schema).distinct()
                .forEach(name -> schemas.putObject(name).put("type", name.endsWith("List") ? "array" : "object"));
        return Json.pretty(doc);
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
