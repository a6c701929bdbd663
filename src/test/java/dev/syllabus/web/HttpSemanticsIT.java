package dev.syllabus.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What HTTP itself promises: methods, HEAD, conditional requests, content coding, and strict query parameters. */
class HttpSemanticsIT {
    private static final String PAGE = "/concepts/self-attention";
    private static WebServer server;
    private RawHttp http;

    @BeforeAll
    static void start() {
        server = Servers.over(Path.of("src/test/resources/fixtures/valid"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private RawHttp http() {
        if (http == null) {
            http = new RawHttp(server.port());
        }
        return http;
    }

    @AfterEach
    void hangUp() {
        if (http != null) {
            http.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void otherMethodsOnAPageAre405WithAllow(String method) {
        for (String path : new String[]{PAGE, "/", "/search", "/api/v1/concepts", "/health"}) {
            RawHttp.Response r = http().send(method, path, Map.of());
            assertThat(r.status()).as(method + " " + path).isEqualTo(405);
            assertThat(r.header("Allow")).as(method + " " + path).isEqualTo("GET, HEAD");
        }
    }

    @Test
    void otherMethodsOnAnUnknownPathStay404() {
        assertThat(http().send("POST", "/no-such-page", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void headHasTheHeadersOfGetWithoutABody() {
        for (String path : new String[]{PAGE, "/api/v1/concepts/self-attention", "/search?q=attention", "/health", "/ready",
                Assets.css()}) {
            RawHttp.Response get = http().get(path);
            RawHttp.Response head = http().send("HEAD", path, Map.of());
            assertThat(head.status()).as(path).isEqualTo(get.status());
            for (String name : new String[]{"Content-Type", "Content-Length", "ETag", "Cache-Control", "Vary"}) {
                assertThat(head.header(name)).as(path + " " + name).isEqualTo(get.header(name));
            }
            assertThat(get.header("Content-Length")).as(path).isEqualTo(String.valueOf(get.body().length));
        }
    }

    @Test
    void notModifiedSaysWhatItVariesOn() {
        String etag = http().get(PAGE).header("ETag");
        RawHttp.Response again = http().send("GET", PAGE, Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(again.header("ETag")).isEqualTo(etag);
    }

    @Test
    void gzipAndPlainBodiesHaveDistinctEtags() {
        RawHttp.Response plain = http().get(PAGE);
        RawHttp.Response gzip = http().send("GET", PAGE, Map.of("Accept-Encoding", "gzip"));
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(gzip.header("ETag")).isNotEqualTo(plain.header("ETag"));
        assertThat(http().send("GET", PAGE, Map.of("Accept-Encoding", "gzip", "If-None-Match", plain.header("ETag"))).status())
                .as("the plain body's tag does not validate the gzip body").isEqualTo(200);
        assertThat(http().send("GET", PAGE, Map.of("Accept-Encoding", "gzip", "If-None-Match", gzip.header("ETag"))).status())
                .isEqualTo(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip;q=0", "gzip; q=0.0, identity", "br, x-gzip-not", "identity", "*;q=0, identity", "gzipped"})
    void acceptEncodingThatRefusesGzipGetsThePlainBody(String acceptEncoding) {
        RawHttp.Response r = http().send("GET", PAGE, Map.of("Accept-Encoding", acceptEncoding));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Encoding")).as(acceptEncoding).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GZIP", "br;q=1, gzip;q=0.5", "deflate, gzip ; q=0.001", "*", "identity;q=0.5, *;q=0.8"})
    void acceptEncodingThatAllowsGzipGetsTheGzipBody(String acceptEncoding) {
        RawHttp.Response r = http().send("GET", PAGE, Map.of("Accept-Encoding", acceptEncoding));
        assertThat(r.header("Content-Encoding")).as(acceptEncoding).isEqualTo("gzip");
    }

    @Test
    void aNulInAParameterIs400NamingItAndNeverReachesThePage() {
        RawHttp.Response r = http().get("/search?q=rope%00evil");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("'q'").doesNotContain("\u0000");
        RawHttp.Response api = http().get("/api/v1/search?q=%01");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.text()).contains("\"parameter\" : \"q\"");
    }

    @Test
    void aBadPercentEscapeIs400NamingTheParameter() {
        for (String query : new String[]{"q=50%zz", "q=50%", "q=%C3%28"}) {
            RawHttp.Response r = http().get("/api/v1/search?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.text()).as(query).contains("\"parameter\" : \"q\"");
        }
        RawHttp.Response page = http().get("/search?limit=5&q=%G0");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("'q'");
    }

    @Test
    void healthDoesNotShowWhereTheContentLives() {
        String body = http().get("/health").text();
        assertThat(body).doesNotContain(Path.of("src/test/resources/fixtures/valid").toAbsolutePath().toString())
                .doesNotContain("fixtures");
    }

    @Test
    void aRequestJettyRejectsIsAPlain400ThatClosesTheConnection() {
        for (String method : new String[]{"GET", "HEAD"}) {
            RawHttp.Response r = http().send(method, "/concepts/%00", Map.of());
            assertThat(r.status()).as(method).isEqualTo(400);
            assertThat(r.header("Connection")).as(method).isEqualTo("close");
            assertThat(r.header("Content-Type")).as(method).startsWith("text/plain");
            assertThat(r.header("Content-Security-Policy")).as(method).isEqualTo(SecurityHeaders.POLICY);
        }
        assertThat(http().send("GET", "/concepts/%00", Map.of()).text()).contains("could not be read")
                .doesNotContain("<html").doesNotContain("badMessage");
        assertThat(http().get(PAGE).status()).as("a fresh connection after the close").isEqualTo(200);
    }
}
