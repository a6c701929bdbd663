package dev.syllabus.web;

import dev.syllabus.view.Json;
import io.javalin.http.Context;

import java.util.Arrays;

/**
 * Writes rendered bodies with their validators, answering conditional requests with 304 Not Modified. The plain and
 * the gzip body are two representations, so each has its own ETag; every answer, 304 included, says it varies on
 * Accept-Encoding, and HEAD gets exactly the headers GET would, without the body.
 */
final class Responses {
    /** Pages and API documents may change with the content, so caches revalidate with the ETag on every use. */
    static final String REVALIDATE = "no-cache";
    /** Assets carry their content hash in their address, so they never change under it. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Health and readiness describe this moment: nothing may keep them. */
    static final String NO_STORE = "no-store";

    private Responses() {
    }

    static void send(Context ctx, Rendered r, String cacheControl) {
        send(ctx, r, cacheControl, "Accept-Encoding");
    }

    /** As {@link #send(Context, Rendered, String)}, for an answer that also varies on other request headers. */
    static void send(Context ctx, Rendered r, String cacheControl, String vary) {
        boolean gzip = ContentCoding.acceptsGzip(ctx.header("Accept-Encoding"));
        String etag = gzip ? r.gzipEtag() : r.etag();
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", vary);
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(r.contentType());
        byte[] body = gzip ? r.gzipped() : r.body();
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.res().setContentLength(body.length);
        if (io.javalin.http.HandlerType.HEAD.equals(ctx.method())) {
            return;
        }
        // Written straight to the servlet stream with its length: Jetty sends it in one piece, without copying.
        try {
            ctx.res().getOutputStream().write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the client went away while " + ctx.path() + " was sent", e);
        }
    }

    static void json(Context ctx, Object value) {
        send(ctx, Rendered.json(Json.pretty(value)), REVALIDATE);
    }

    /** If-None-Match uses the weak comparison (RFC 9110, section 13.1.2): W/ prefixes do not matter. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}
