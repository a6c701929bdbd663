package dev.syllabus.links;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ClientsTest {
    private final Clients clients = Clients.lazy(Duration.ofSeconds(5));

    @Test
    void plainHttpIsCheckedWithoutTheDefaultTlsContext() {
        HttpClient plain = clients.of(URI.create("http://example.org/a"));
        assertSame(NoTls.CONTEXT, plain.sslContext());
        assertSame(plain, clients.of(URI.create("HTTP://example.org/b")), "one plain client for the whole check");
    }

    @Test
    void httpsGetsTheDefaultTlsContextOnItsOwnClient() throws Exception {
        HttpClient secure = clients.of(URI.create("https://example.org/a"));
        assertSame(SSLContext.getDefault(), secure.sslContext());
        assertNotSame(secure, clients.of(URI.create("http://example.org/a")));
    }

    @Test
    void neitherClientFollowsRedirectsSinceTheCheckerRecordsEachHop() {
        assertEquals(HttpClient.Redirect.NEVER, clients.of(URI.create("http://example.org/")).followRedirects());
        assertEquals(HttpClient.Redirect.NEVER, clients.of(URI.create("https://example.org/")).followRedirects());
    }

    @Test
    void aCallersClientServesBothSchemes() {
        HttpClient given = HttpClient.newHttpClient();
        Clients using = Clients.using(given);
        assertSame(given, using.of(URI.create("http://example.org/")));
        assertSame(given, using.of(URI.create("https://example.org/")));
    }
}
