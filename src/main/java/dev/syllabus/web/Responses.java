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
        ctx.header("Vary", "Accept-Encoding");
        ctx.contentType(r.contentType());
        boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
        byte[] body = gzip ? r.gzipped() : r.body();
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
        }
        // Written straight to the servlet stream with its length: Jetty sends it in one piece, without copying.
        ctx.res().setContentLength(body.length);
        try {
            ctx.res().getOutputStream().write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the client went away while " + ctx.path() + " was sent", e);
        }
    }

    static void json(Context ctx, Object value) {
        send(ctx, Rendered.json(Json.pretty(value)), REVALIDATE);
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        return acceptEncoding != null && acceptEncoding.contains("gzip") && !acceptEncoding.contains("gzip;q=0");
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
