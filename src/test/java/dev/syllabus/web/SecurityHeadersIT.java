package dev.syllabus.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response, whatever its status, tells the browser to run only our own scripts and never to sniff or frame. */
class SecurityHeadersIT {
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = Servers.over(Path.of("src/test/resources/fixtures/valid"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        List<RawHttp.Response> responses = new ArrayList<>();
        try (RawHttp http = new RawHttp(server.port())) {
            RawHttp.Response page = http.get("/concepts/self-attention");
            responses.add(page);
            responses.add(http.send("GET", "/concepts/self-attention", Map.of("If-None-Match", page.header("ETag"))));
            responses.add(http.get("/api/v1/concepts"));
            responses.add(http.get(Assets.css()));
            responses.add(http.get("/concepts/no-such-concept"));
            responses.add(http.get("/api/v1/search?limit=nine"));
            responses.add(http.send("DELETE", "/", Map.of()));
            responses.add(http.get("/health"));
            responses.add(http.get("/search?q=" + "a".repeat(5000)));
        }
        for (RawHttp.Response r : responses) {
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).as("status " + r.status()).isNotNull().contains("script-src 'self'", "frame-ancestors 'none'",
                    "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(r.header("X-Content-Type-Options")).as("status " + r.status()).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as("status " + r.status()).isEqualTo("same-origin");
            assertThat(r.header("X-Frame-Options")).as("status " + r.status()).isEqualTo("DENY");
        }
        assertThat(responses).extracting(RawHttp.Response::status).contains(200, 304, 404, 400, 405, 414);
    }
}
