package dev.syllabus.web;

import dev.syllabus.progress.AccountName;
import dev.syllabus.progress.Accounts;
import dev.syllabus.progress.Database;
import dev.syllabus.progress.DatabaseAddress;
import dev.syllabus.progress.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team server as deployed: two instances on one PostgreSQL, with sessions, progress and the login rate limit in the
 * database, so any instance serves any request and no learner sees another's marks.
 */
class TeamServerIT {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/valid");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String CONCEPT = "/concepts/self-attention";

    private static WebServer a;
    private static WebServer b;

    @BeforeAll
    static void start() {
        DatabaseAddress address = Postgres.freshDatabase();
        try (Database setup = Database.open(address)) {
            Accounts accounts = new Accounts(setup, Clock.systemUTC());
            accounts.create(new AccountName("ana"), "ana's passphrase");
            accounts.create(new AccountName("bob"), "bob's passphrase");
            accounts.create(new AccountName("cy"), "cy's passphrase");
        }
        a = start(address);
        b = start(address);
    }

    private static WebServer start(DatabaseAddress address) {
        return WebServer.start(new WebServer.Options("127.0.0.1", 0, Optional.of(FIXTURES), false, Clock.systemUTC(),
                Optional.of(Database.open(address)), true));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void aSessionOpenedOnOneInstanceIsKnownOnTheOther() {
        String cookie = logIn(a, "ana", "ana's passphrase");
        assertThat(get(b, "/login", cookie).body()).contains("Logged in as ana");
    }

    @Test
    void aMarkMadeOnOneInstanceShowsOnTheOther() {
        String cookie = logIn(a, "ana", "ana's passphrase");
        // B reads ana's progress first, so a copy it kept would now be out of date.
        assertThat(get(b, "/concepts/attention-mechanism", cookie).body()).doesNotContain("✓ Done on");
        mark(a, cookie, "attention-mechanism");
        assertThat(get(b, "/concepts/attention-mechanism", cookie).body()).contains("✓ Done on");
    }

    @Test
    void oneAccountNeverSeesAnothersMarks() {
        String ana = logIn(a, "ana", "ana's passphrase");
        String bob = logIn(b, "bob", "bob's passphrase");
        mark(a, ana, "self-attention");
        assertThat(get(a, CONCEPT, ana).body()).contains("✓ Done on");
        assertThat(get(a, CONCEPT, bob).body()).doesNotContain("✓ Done on");
        assertThat(get(b, CONCEPT, bob).body()).doesNotContain("✓ Done on");
    }

    @Test
    void withoutASessionThePageIsReadOnlyWithALogInLink() {
        String body = get(a, CONCEPT, null).body();
        assertThat(body).contains("href=\"/login?return=").doesNotContain("action=\"/progress\"");
    }

    @Test
    void aTamperedCookieCountsAsLoggedOut() {
        String cookie = logIn(a, "ana", "ana's passphrase");
        String tampered = cookie.substring(0, cookie.length() - 1) + (cookie.endsWith("A") ? "B" : "A");
        assertThat(get(b, CONCEPT, tampered).body()).contains("href=\"/login?return=").doesNotContain("action=\"/progress\"");
        assertThat(post(b, "/progress", progressForm("self-attention", "x"), tampered).statusCode()).isEqualTo(403);
    }

    @Test
    void aForgedCsrfTokenIs403() {
        String cookie = logIn(a, "ana", "ana's passphrase");
        assertThat(post(b, "/progress", progressForm("self-attention", "forged"), cookie).statusCode()).isEqualTo(403);
    }

    @Test
    void anotherSessionsTokenIs403() {
        String ana = logIn(a, "ana", "ana's passphrase");
        String bob = logIn(a, "bob", "bob's passphrase");
        String bobsToken = token(get(a, CONCEPT, bob).body());
        assertThat(post(a, "/progress", progressForm("self-attention", bobsToken), ana).statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> answer = logInAnswer(a, "ana", "ana's passphrase");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith(TeamLearners.COOKIE + "=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void aLoggedInPageNamesTheAccountAndOffersLoggingOut() {
        String cookie = logIn(a, "ana", "ana's passphrase");
        String body = get(b, CONCEPT, cookie).body();
        assertThat(body).containsOnlyOnce("Logged in as <strong>ana</strong>").contains("action=\"/logout\"");
        String token = token(body);
        assertThat(post(b, "/logout", "csrf=" + token, cookie).statusCode()).isEqualTo(303);
        assertThat(get(a, CONCEPT, cookie).body()).doesNotContain("Logged in as").contains("href=\"/login?return=");
    }

    @Test
    void loggingOutOnOneInstanceEndsTheSessionOnBoth() {
        String cookie = logIn(a, "ana", "ana's passphrase");
        String token = token(get(a, "/login", cookie).body());
        assertThat(post(a, "/logout", "csrf=" + token, cookie).statusCode()).isEqualTo(303);
        assertThat(get(b, "/login", cookie).body()).doesNotContain("Logged in as");
    }

    @Test
    void aWrongPasswordIs401WithTheFormAgain() {
        HttpResponse<String> answer = logInAnswer(a, "ana", "not ana's passphrase");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("do not match an account", "value=\"ana\"");
    }

    @Test
    void aLoginFormWithoutItsTokenIs403() {
        assertThat(post(a, "/login", "name=ana&password=x&csrf=forged", null).statusCode()).isEqualTo(403);
    }

    @Test
    void theLoginRateLimitIsCountedAcrossInstances() {
        for (int i = 0; i < Accounts.FAILURE_LIMIT; i++) {
            assertThat(logInAnswer(i % 2 == 0 ? a : b, "cy", "wrong " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> closed = logInAnswer(a, "cy", "cy's passphrase");
        assertThat(closed.statusCode()).isEqualTo(429);
        assertThat(closed.headers().firstValue("Retry-After")).isPresent();
        assertThat(logInAnswer(b, "cy", "cy's passphrase").statusCode()).isEqualTo(429);
    }

    private static void mark(WebServer server, String cookie, String concept) {
        String token = token(get(server, "/concepts/" + concept, cookie).body());
        HttpResponse<String> posted = post(server, "/progress", progressForm(concept, token), cookie);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
    }

    private static String progressForm(String concept, String token) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", "concept");
        f.put("slug", concept);
        f.put("status", "done");
        f.put("return", "/concepts/" + concept);
        f.put("csrf", token);
        return Client.form(f);
    }

    /** Logs in through the form as a browser would; returns the session cookie as a Cookie header holds it. */
    static String logIn(WebServer server, String name, String password) {
        HttpResponse<String> answer = logInAnswer(server, name, password);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(TeamLearners.COOKIE + "="))
                .findFirst().orElseThrow().split(";")[0];
    }

    private static HttpResponse<String> logInAnswer(WebServer server, String name, String password) {
        HttpResponse<String> form = get(server, "/login", null);
        String formCookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return post(server, "/login", Client.form(Map.of("name", name, "password", password, "csrf", token(form.body()),
                "return", "/")), formCookie);
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a csrf field in %s", html).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(WebServer server, String path, String cookie) {
        return new Client(server.port()).getWithCookie(path, cookie);
    }

    private static HttpResponse<String> post(WebServer server, String path, String body, String cookie) {
        return new Client(server.port()).postForm(path, body, cookie);
    }
}
