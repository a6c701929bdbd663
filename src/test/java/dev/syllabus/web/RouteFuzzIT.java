package dev.syllabus.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the server, in process, gets 300 seeded hostile requests (see {@link HostileRequests}):
 * none may answer 5xx, show a stack trace or Java class names in its body, or log an error or a stack trace. The assets
 * count as one route: they are fixed bytes behind one handler. A failure names the seed that reproduces it, and an
 * answer framed wrongly fails at the exchange that sent it, with its raw bytes (see {@link RawHttp}).
 * {@code -Dfuzz.seed=N} draws other requests and {@code -Dfuzz.perRoute=N} sends more of them, to search further.
 */
class RouteFuzzIT {
    /** 300 a route is 14,700 requests over 49 routes, a minute or two on a loaded two-core machine. */
    private static final int PER_ROUTE = Integer.getInteger("fuzz.perRoute", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 17L);
    private static final int CLIENTS = 4;
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at dev.syllabus", "java.lang", "java.util",
            "Caused by", "org.eclipse", "io.javalin");
    private static final List<String> LOGGED = new CopyOnWriteArrayList<>();
    private static final AppenderBase<ILoggingEvent> CAPTURE = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent e) {
            if (e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null) {
                LOGGED.add(e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " / " + e.getThrowableProxy().getClassName()));
            }
        }
    };
    private static final Logger ROOT = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private static final Logger ACCESS = (Logger) LoggerFactory.getLogger("dev.syllabus.web.access");
    private static Level accessLevel;
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = Servers.bundled();
        accessLevel = ACCESS.getLevel();
        // Hundreds of thousands of access lines would only slow the run; errors still reach the capture below.
        ACCESS.setLevel(Level.OFF);
        CAPTURE.setContext(ROOT.getLoggerContext());
        CAPTURE.start();
        ROOT.addAppender(CAPTURE);
    }

    @AfterAll
    static void stop() {
        ROOT.detachAppender(CAPTURE);
        ACCESS.setLevel(accessLevel);
        if (server != null) {
            server.close();
        }
    }

    @Test
    void noRouteAnswersAHostileRequestWithAServerErrorOrAStackTrace() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (String route : routes()) {
                long seed = SEED * 1_000_003 + route.hashCode();
                List<Future<Slice>> slices = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int first = c;
                    slices.add(clients.submit(() -> slice(route, seed, first)));
                }
                for (Future<Slice> slice : slices) {
                    problems.addAll(slice.get().problems());
                    counts.merge(route, slice.get().answered(), Integer::sum);
                }
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.println("RouteFuzzIT: answered requests per route " + counts);
        assertThat(problems).as("hostile requests answered badly").isEmpty();
        assertThat(LOGGED).as("errors or stack traces logged").isEmpty();
        assertThat(counts).hasSizeGreaterThan(30).allSatisfy((route, n) -> assertThat(n).isGreaterThanOrEqualTo(PER_ROUTE));
    }

    /** Every registered route once, with the assets as one: a request picks one asset by its seed. */
    private static List<String> routes() {
        List<String> routes = new ArrayList<>(server.routes().stream().filter(r -> !r.startsWith("/assets/")).distinct().toList());
        routes.add("/assets/*");
        return routes;
    }

    /** What one client's share of a route's requests found. */
    private record Slice(int answered, List<String> problems) {
    }

    private static Slice slice(String route, long seed, int first) {
        List<String> problems = new ArrayList<>();
        int answered = 0;
        List<String> assets = List.copyOf(Assets.all().keySet());
        try (RawHttp http = new RawHttp(server.port())) {
            for (int i = first; i < PER_ROUTE && problems.size() < 20; i += CLIENTS) {
                String template = route.equals("/assets/*") ? assets.get(i % assets.size()) : route;
                long requestSeed = seed * 31 + i;
                HostileRequests.Request request = HostileRequests.make(template, requestSeed);
                try {
                    RawHttp.Response response = http.send(request.method(), request.target(), request.headers());
                    answered++;
                    check(response).ifPresent(p -> problems.add("seed " + requestSeed + " " + request + ": " + p));
                } catch (RuntimeException e) {
                    problems.add("seed " + requestSeed + " " + request + ": no answer (" + e.getMessage() + ")");
                    http.close();
                }
            }
        }
        return new Slice(answered, problems);
    }

    private static java.util.Optional<String> check(RawHttp.Response response) {
        if (response.status() >= 500) {
            return java.util.Optional.of("status " + response.status());
        }
        String body = text(response);
        return LEAKS.stream().filter(body::contains).findFirst().map(leak -> "the body shows '" + leak.strip() + "'");
    }

    private static String text(RawHttp.Response response) {
        if (!"gzip".equals(response.header("Content-Encoding")) || response.body().length == 0) {
            return response.text();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "the gzip body does not decompress: " + e.getMessage() + " Exception";
        }
    }
}
