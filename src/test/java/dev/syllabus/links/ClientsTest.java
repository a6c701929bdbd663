package dev.syllabus.links;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void closingEndsTheSelectorThreadsOfTheClientsItMadeSoTheProcessExitsAtOnce() {
        List<Thread> selectors = List.of(selectorOf(clients.of(URI.create("http://example.org/a"))),
                selectorOf(clients.of(URI.create("https://example.org/a"))));
        assertTrue(selectors.stream().allMatch(Thread::isAlive), "each client runs a selector thread");
        clients.close();
        assertTrue(selectors.stream().noneMatch(Thread::isAlive), "no selector thread outlives close");
    }

    @Test
    void aRequestAfterClosingGetsANewClient() {
        HttpClient plain = clients.of(URI.create("http://example.org/a"));
        clients.close();
        HttpClient again = clients.of(URI.create("http://example.org/a"));
        assertNotSame(plain, again);
        assertTrue(selectorOf(again).isAlive());
        clients.close();
    }

    @Test
    void closingLeavesACallersClientRunning() {
        HttpClient given = HttpClient.newHttpClient();
        Clients using = Clients.using(given);
        using.of(URI.create("http://example.org/"));
        using.close();
        assertTrue(selectorOf(given).isAlive());
        assertSame(given, using.of(URI.create("http://example.org/")));
    }

    /** The thread the JDK names after the client's number, which its toString ends with. */
    private static Thread selectorOf(HttpClient client) {
        String s = client.toString();
        String name = "HttpClient-" + s.substring(s.lastIndexOf('(') + 1, s.length() - 1) + "-SelectorManager";
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no thread " + name));
    }
}
