package dev.syllabus.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Web servers on loopback addresses (127.0.0.1 to 127.0.0.N, ephemeral ports) that behave as the sites a link checker
 * meets, and record facts for the tests to assert: every request with its host, method, path and arrival time, and the
 * most requests each host and all hosts together were serving at once. A request is counted from its arrival until just
 * before its response is sent, so the count never exceeds what the client had in flight.
 *
 * <p>Paths: {@code /ok}, {@code /missing} (404), {@code /gone} (410), {@code /forbidden} (403), {@code /bot} (999),
 * {@code /slow/MS} (200 after MS ms), {@code /moved} (301 to /ok), {@code /found} (302 to /ok), {@code /to/HOST:PORT/PATH}
 * (301 to that host), {@code /chain/N} (N redirects, then /ok), {@code /loop/a} and {@code /loop/b} (each to the other),
 * {@code /limited} (429 with Retry-After: 1 the first time, then 200), {@code /busy} (503 every time), {@code /hangup}
 * (closes the connection without answering), {@code /no-head} (405 for HEAD, 200 for GET), {@code /page} (HTML with
 * anchors "intro" and "usage"), {@code /consent} (302 to a cookie-consent page), {@code /oembed} (200 when the video id
 * of its url parameter is one of {@link #VIDEOS}, else 404), and {@code /mirror/...} (200 for anything).
 */
public final class LinkFixture implements AutoCloseable {
    public static final Set<String> VIDEOS = Set.of("dQw4w9WgXcQ", "eMlx5fFNoYc");

    /** One request as the server saw it. */
    public record Seen(String host, String method, String path, long nanos) {
    }

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "link-fixture");
        t.setDaemon(true);
        return t;
    });
    public final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> current = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> maxPerHost = new ConcurrentHashMap<>();
    private final AtomicInteger currentAll = new AtomicInteger();
    final AtomicInteger maxAll = new AtomicInteger();
    private final Set<String> limitedOnce = ConcurrentHashMap.newKeySet();
    private ServerSocket resetting;

    /** Plain HTTP servers on 127.0.0.1 to 127.0.0.{@code hosts}. */
    public static LinkFixture start(int hosts) {
        LinkFixture f = new LinkFixture();
        for (int i = 1; i <= hosts; i++) {
            f.add("127.0.0." + i, false);
        }
        return f;
    }

    /** Adds an HTTPS server with a self-signed certificate on {@code ip}; its base address is returned. */
    public String addTls(String ip) {
        return add(ip, true);
    }

    private String add(String ip, boolean tls) {
        try {
            HttpServer s = tls ? HttpsServer.create(new InetSocketAddress(ip, 0), 200) : HttpServer.create(new InetSocketAddress(ip, 0), 200);
            if (tls) {
                ((HttpsServer) s).setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
            }
            s.setExecutor(pool);
            s.createContext("/", this::handle);
            s.start();
            servers.add(s);
            return (tls ? "https://" : "http://") + ip + ":" + s.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base address ({@code http://127.0.0.N:PORT}) of host {@code n}, counted from 1. */
    public String host(int n) {
        HttpServer s = servers.get(n - 1);
        return "http://" + s.getAddress().getHostString() + ":" + s.getAddress().getPort();
    }

    /** A server that accepts connections and resets them (TCP RST) without answering. */
    public String resetting() {
        try {
            resetting = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
            pool.execute(() -> {
                while (!resetting.isClosed()) {
                    try (Socket s = resetting.accept()) {
                        seen.add(new Seen("reset", "?", "/", System.nanoTime()));
                        s.getInputStream().read(new byte[1024]);
                        s.setSoLinger(true, 0);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            return "http://127.0.0.1:" + resetting.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port where nothing listens. */
    public static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests of {@code method} per path (as "host:port/path?query"). */
    public Map<String, Long> counts(String method) {
        return seen.stream().filter(s -> s.method().equals(method))
                .collect(Collectors.groupingBy(s -> s.host() + s.path(), Collectors.counting()));
    }

    public List<Seen> requestsTo(String pathPrefix) {
        return seen.stream().filter(s -> s.path().startsWith(pathPrefix)).toList();
    }

    private void handle(HttpExchange x) throws IOException {
        String host = x.getLocalAddress().getHostString() + ":" + x.getLocalAddress().getPort();
        String path = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        seen.add(new Seen(host, x.getRequestMethod(), path, System.nanoTime()));
        int now = current.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
        maxPerHost.computeIfAbsent(host, h -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        maxAll.accumulateAndGet(currentAll.incrementAndGet(), Math::max);
        boolean counted = true;
        try (InputStream in = x.getRequestBody()) {
            in.readAllBytes();
            Reply reply = reply(x, host, path);
            if (reply == null) {
                return;
            }
            reply.headers().forEach((k, v) -> x.getResponseHeaders().add(k, v));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            release(host);
            counted = false;
            boolean head = x.getRequestMethod().equals("HEAD");
            x.sendResponseHeaders(reply.code(), head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                x.getResponseBody().write(body);
            }
        } finally {
            if (counted) {
                release(host);
            }
            x.close();
        }
    }

    private void release(String host) {
        current.get(host).decrementAndGet();
        currentAll.decrementAndGet();
    }

    private record Reply(int code, Map<String, String> headers, String body) {
        static Reply of(int code) {
            return new Reply(code, Map.of(), "");
        }

        static Reply to(int code, String location) {
            return new Reply(code, Map.of("Location", location), "");
        }
    }

    private Reply reply(HttpExchange x, String host, String path) {
        String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        String[] parts = path.substring(0, path.length() - query.length()).split("/");
        String first = parts.length > 1 ? parts[1] : "";
        switch (first) {
            case "ok", "mirror" -> { return Reply.of(200); }
            case "missing" -> { return Reply.of(404); }
            case "gone" -> { return Reply.of(410); }
            case "forbidden" -> { return Reply.of(403); }
            case "bot" -> { return Reply.of(999); }
            case "busy" -> { return Reply.of(503); }
            case "moved" -> { return Reply.to(301, "/ok"); }
            case "found" -> { return Reply.to(302, "/ok"); }
            case "consent" -> { return Reply.to(302, "https://consent.youtube.com/m?continue=x"); }
            case "slow" -> {
                pause(Long.parseLong(parts[2]));
                return Reply.of(200);
            }
            case "to" -> { return Reply.to(301, "http://" + parts[2] + "/" + String.join("/", List.of(parts).subList(3, parts.length)) + query); }
            case "chain" -> {
                int n = Integer.parseInt(parts[2]);
                return n == 0 ? Reply.of(200) : Reply.to(302, "/chain/" + (n - 1));
            }
            case "loop" -> { return Reply.to(302, parts[2].equals("a") ? "/loop/b" : "/loop/a"); }
            case "limited" -> {
                return limitedOnce.add(host + path) ? new Reply(429, Map.of("Retry-After", "1"), "") : Reply.of(200);
            }
            case "hangup" -> { return null; }
            case "no-head" -> { return Reply.of(x.getRequestMethod().equals("HEAD") ? 405 : 200); }
            case "page" -> {
                return new Reply(200, Map.of("Content-Type", "text/html"),
                        "<html><body><h2 id=\"intro\">Intro</h2><a name=\"usage\"></a><p>text</p></body></html>");
            }
            case "oembed" -> {
                String url = URLDecoder.decode(path.replaceFirst("^.*[?&]url=", "").replaceFirst("&.*$", ""), StandardCharsets.UTF_8);
                String id = url.replaceFirst("^.*[?&](v|list)=", "");
                return VIDEOS.contains(id) ? new Reply(200, Map.of("Content-Type", "application/json"), "{\"title\":\"x\"}") : Reply.of(404);
            }
            default -> { return Reply.of(404); }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SSLContext selfSigned() {
        try (InputStream in = LinkFixture.class.getResourceAsStream("/links/selfsigned.p12")) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, "fixture".toCharArray());
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, "fixture".toCharArray());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException("the fixture's self-signed keystore could not be loaded", e);
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        if (resetting != null) {
            try {
                resetting.close();
            } catch (IOException ignored) {
                // closing a test server
            }
        }
        pool.shutdownNow();
    }
}
