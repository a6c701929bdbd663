package dev.syllabus.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A response body rendered once, with its content type, the strong ETag of its bytes and its gzip encoding (with a
 * tag of its own), so no request compresses anything.
 */
record Rendered(byte[] body, byte[] gzipped, String contentType, String etag) {
    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json";

    /** The gzip body is another representation of the same resource, so it has a tag of its own. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    static Rendered html(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8), HTML);
    }

    static Rendered json(String json) {
        return of(json.getBytes(StandardCharsets.UTF_8), JSON);
    }

    static Rendered of(byte[] body, String contentType) {
        return new Rendered(body, gzip(body), contentType, "\"" + hash(body) + "\"");
    }

    private static byte[] gzip(byte[] body) {
        var out = new java.io.ByteArrayOutputStream(body.length / 3 + 64);
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** A short content hash: 16 bytes of SHA-256 is far beyond any collision a cache could meet. */
    static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
