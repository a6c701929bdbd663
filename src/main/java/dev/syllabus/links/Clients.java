package dev.syllabus.links;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP clients of a check: one for plain HTTP, and one for HTTPS made at the first HTTPS request. The JDK's client
 * loads the default TLS context and its trusted certificates when it is built, half a second of start-up (measured with
 * JFR) that a check of plain-HTTP addresses never needs.
 */
final class Clients {
    private final Duration connectTimeout;
    private final HttpClient given;
    private HttpClient plain;
    private HttpClient secure;

    private Clients(Duration connectTimeout, HttpClient given) {
        this.connectTimeout = connectTimeout;
        this.given = given;
    }

    /** Clients made as they are first needed, neither following redirects (the checker follows them hop by hop). */
    static Clients lazy(Duration connectTimeout) {
        return new Clients(connectTimeout, null);
    }

    /** The caller's client for every request: tests give one that trusts their self-signed certificate. */
    static Clients using(HttpClient client) {
        return new Clients(null, client);
    }

    /** The client for {@code uri}'s scheme. */
    synchronized HttpClient of(URI uri) {
        if (given != null) {
            return given;
        }
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            if (plain == null) {
                // Explicit parameters too: without them the builder asks the context for its defaults, loading TLS.
                plain = builder().sslContext(NoTls.CONTEXT).sslParameters(new SSLParameters()).build();
            }
            return plain;
        }
        if (secure == null) {
            secure = builder().build();
        }
        return secure;
    }

    private HttpClient.Builder builder() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout);
    }
}
