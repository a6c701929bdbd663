package dev.syllabus.web;

import dev.syllabus.view.Json;
import io.javalin.http.Context;

import java.util.Arrays;

/** Writes rendered bodies with their validators, answering conditional requests with 304 Not Modified. */
final class Responses {
    /** Pages and API documents may change with the content, so caches revalidate with the ETag on every use. */
    static final String REVALIDATE = "no-cache";
    /** Assets carry their content hash in their address, so they never change under it. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private Responses() {
    }

    static void send(Context ctx, Rendered r, String cacheControl) {
        ctx.header("ETag", r.etag());
        ctx.header("Cache-Control", cacheControl);
        if (matches(ctx.header("If-None-Match"), r.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(r.contentType());
        ctx.result(r.body());
    }

    static void json(Context ctx, Object value) {
        send(ctx, Rendered.json(Json.pretty(value)), REVALIDATE);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String weakless = etag;
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(t -> t.equals("*") || t.equals(weakless) || t.equals("W/" + weakless));
    }
}
