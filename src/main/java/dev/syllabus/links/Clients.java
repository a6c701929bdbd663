package dev.syllabus.links;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP clients of a check: one for plain HTTP, and one for HTTPS made at the first HTTPS request. The JDK's client
 * loads the default TLS context and its trusted certificates when it is built, half a second of start-up (measured with
 * JFR) that a check of plain-HTTP addresses never needs.
 */
final class Clients {
    /** The number a JDK client's toString ends with, which names its selector thread. */
    private static final Pattern CLIENT_ID = Pattern.compile("\\((\\d+)\\)$");
    private static final long STOP_WAIT_MILLIS = 100;

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

    /**
     * Stops the clients made here; a later request makes new ones. JDK 17's client has no close (it came in 21): its
     * selector thread lives until the client is collected, blocked in native code, and {@code System.exit} waits 0.3 s
     * for such threads (HotSpot's VM_Exit), an eighth of a 10,000-address check (strace). Interrupting the thread ends
     * it at once. The client's {@code toString} ends with its number, which names the thread (the JDK's own tests find it
     * so); a client of another form is left alone, and one that does not stop at once is not waited for long.
     */
    synchronized void close() {
        for (HttpClient client : Arrays.asList(plain, secure)) {
            if (client != null) {
                selectorOf(client).ifPresent(Clients::stop);
            }
        }
        plain = null;
        secure = null;
    }

    private static Optional<Thread> selectorOf(HttpClient client) {
        Matcher id = CLIENT_ID.matcher(client.toString());
        if (!id.find()) {
            return Optional.empty();
        }
        String name = "HttpClient-" + id.group(1) + "-SelectorManager";
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        return Arrays.stream(threads, 0, n).filter(t -> t.getName().equals(name)).findFirst();
    }

    private static void stop(Thread selector) {
        selector.interrupt();
        try {
            selector.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
