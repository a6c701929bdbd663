package dev.syllabus.links;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout)
                .executor(WORKERS);
    }

    /**
     * The clients' own default is a cached pool, which hands each small task to a thread of its own, waking or starting
     * one: a fifth more CPU per check than a few fixed threads (linkbench, user+sys 3.4 s against 2.9 s). Idle threads end,
     * so checks run one after another in a test JVM leave none behind.
     */
    private static final ThreadPoolExecutor WORKERS = workers();

    private static ThreadPoolExecutor workers() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "link-check-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
