package dev.syllabus.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A real HTTP client against a server on a local port, as a browser or a script would use it. */
final class Client {
    // One client for every test: it is thread-safe, and each HttpClient keeps a selector thread of its own.
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Client(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header(header, value)
                .GET().build());
    }

    /** A GET sending {@code cookie} as the Cookie header, or no cookie when it is null. */
    HttpResponse<String> getWithCookie(String path, String cookie) {
        return send(withCookie(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET(), cookie));
    }

    /** A POST of an encoded form (see {@link #form}), with {@code cookie} as for {@link #getWithCookie}. */
    HttpResponse<String> postForm(String path, String body, String cookie) {
        return send(withCookie(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), cookie));
    }

    /** Fields encoded as a browser encodes a form. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpRequest withCookie(HttpRequest.Builder request, String cookie) {
        return (cookie == null ? request : request.header("Cookie", cookie)).build();
    }

    HttpResponse<byte[]> getBytes(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header(header, value)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
