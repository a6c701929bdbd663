package dev.syllabus.web;

import dev.syllabus.progress.Database;
import dev.syllabus.progress.DatabaseAddress;
import dev.syllabus.progress.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress form over HTTP: marks, the way back, the CSRF check, bad input, faults and a server without progress. */
class ProgressWebIT {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/valid");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static WebServer server;
    private static WebServer readOnly;
    private static WebServer without;
    private static String cookie;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("progress-web");
        server = start(Optional.of(Database.open(DatabaseAddress.sqlite(dir.resolve("progress.db")))));
        readOnly = start(Optional.of(TestDatabases.readOnly(DatabaseAddress.sqlite(dir.resolve("read-only.db")))));
        without = start(Optional.empty());
        HttpResponse<String> page = get(server, "/concepts/self-attention", null);
        cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        token = token(page.body());
    }

    private static WebServer start(Optional<Database> db) {
        return WebServer.start(new WebServer.Options("127.0.0.1", 0, Optional.of(FIXTURES), false, Clock.systemUTC(), db));
    }

    @AfterAll
    static void stop() {
        server.close();
        readOnly.close();
        without.close();
    }

    @Test
    void aMarkIsSavedAndTheAnswerIs303BackToThePage() {
        HttpResponse<String> posted = post(server, form("concept", "attention-mechanism", "", "done",
                "/concepts/attention-mechanism#progress-concept-attention-mechanism"), cookie);
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).contains("/concepts/attention-mechanism#progress-concept-attention-mechanism");
        assertThat(get(server, "/concepts/attention-mechanism", cookie).body()).contains("✓ Done on").contains("value=\"clear\"");
    }

    @Test
    void aReturnAddressOffThisSiteGoesHome() {
        for (String elsewhere : new String[]{"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", ""}) {
            HttpResponse<String> posted = post(server, form("concept", "neural-networks", "", "learning", elsewhere), cookie);
            assertThat(posted.headers().firstValue("Location")).as(elsewhere).contains("/");
        }
    }

    @Test
    void theEtagChangesWhenProgressChangesAndThePageIsPrivate() {
        HttpResponse<String> before = get(server, "/resources/nn-primer", cookie);
        post(server, form("resource", "nn-primer", "", "learning", "/resources/nn-primer"), cookie);
        HttpResponse<String> after = get(server, "/resources/nn-primer", cookie);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(after.headers().firstValue("Cache-Control")).contains("private, no-cache");
        assertThat(after.headers().firstValue("Vary")).contains("Accept-Encoding, Cookie");
        assertThat(after.body()).contains("Learning since");
    }

    @Test
    void aFormWithoutTheCookieOrWithAForgedTokenIs403() {
        assertThat(post(server, form("concept", "self-attention", "", "done", "/"), null).statusCode()).isEqualTo(403);
        Map<String, String> forged = form("concept", "self-attention", "", "done", "/");
        forged.put("csrf", "forged" + token.substring(6));
        assertThat(post(server, forged, cookie).statusCode()).isEqualTo(403);
        assertThat(post(server, forged, "syllabus-csrf=" + forged.get("csrf")).statusCode()).isEqualTo(403);
        assertThat(get(server, "/concepts/self-attention", cookie).body()).doesNotContain("✓ Done on");
    }

    @Test
    void aSlugTheContentDoesNotHoldIs404() {
        HttpResponse<String> posted = post(server, form("concept", "no-such-concept", "", "done", "/"), cookie);
        assertThat(posted.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownStatusOrKindIs400NamingTheField() {
        HttpResponse<String> status = post(server, form("concept", "self-attention", "", "finished", "/"), cookie);
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("field 'status' has the value 'finished'").contains("learning, done, skipped, clear");
        HttpResponse<String> kind = post(server, form("chapter", "self-attention", "", "done", "/"), cookie);
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("field 'kind'");
    }

    @Test
    void aMegabyteFormIsA400NamingTheFormEveryTime() {
        // Refused unread, the answer could be lost to the reset of a connection whose body was still arriving.
        Map<String, String> big = form("concept", "self-attention", "", "done", "/");
        big.put("padding", "a".repeat(1 << 20));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> posted = post(server, big, cookie);
            assertThat(posted.statusCode()).isEqualTo(400);
            assertThat(posted.body()).contains("a progress form is at most");
        }
    }

    @Test
    void getOnTheFormsAddressIs405AllowingPost() {
        HttpResponse<String> got = get(server, "/progress", cookie);
        assertThat(got.statusCode()).isEqualTo(405);
        assertThat(got.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void aStoreThatCannotWriteIs503WithAMessageAndNoStackTrace() {
        HttpResponse<String> page = get(readOnly, "/concepts/self-attention", null);
        String c = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Map<String, String> f = form("concept", "self-attention", "", "done", "/");
        f.put("csrf", token(page.body()));
        HttpResponse<String> posted = post(readOnly, f, c);
        assertThat(posted.statusCode()).isEqualTo(503);
        assertThat(posted.body()).contains("could not be saved").contains("is read-only").doesNotContain("Exception", "at dev.");
    }

    @Test
    void withoutProgressThePagesShowNoButtons() {
        HttpResponse<String> page = get(without, "/concepts/self-attention", null);
        assertThat(page.body()).doesNotContain("<form class=\"progress").doesNotContain("name=\"csrf\"");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(get(without, "/paths/demo-path", null).body()).doesNotContain("<progress");
    }

    private static Map<String, String> form(String kind, String slug, String part, String status, String back) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", kind);
        f.put("slug", slug);
        if (!part.isEmpty()) {
            f.put("part", part);
        }
        f.put("status", status);
        f.put("csrf", token);
        f.put("return", back);
        return f;
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a progress form on the page").isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(WebServer s, String path, String cookie) {
        return new Client(s.port()).getWithCookie(path, cookie);
    }

    private static HttpResponse<String> post(WebServer s, Map<String, String> fields, String cookie) {
        return new Client(s.port()).postForm("/progress", Client.form(fields), cookie);
    }
}
