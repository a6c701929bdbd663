package dev.syllabus.links;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends one request through the host lanes and retries it when a later try may succeed: a 429 or 503 after the
 * {@code Retry-After} the site asks for (holding back the whole host meanwhile), other server errors, resets and timeouts
 * after a doubling wait.
 */
final class Requests {
    /** Enough of a page for its anchors, a small JSON answer, or to let a short page end so its connection is reused. */
    static final int PAGE_LIMIT = 8 * 1024 * 1024;
    static final int DRAIN_LIMIT = 64 * 1024;

    private final Clients clients;
    private final HostLanes lanes;
    private final Politeness politeness;
    private final ScheduledExecutorService timer;
    private final String userAgent;

    Requests(Clients clients, HostLanes lanes, Politeness politeness, ScheduledExecutorService timer, String userAgent) {
        this.clients = clients;
        this.lanes = lanes;
        this.politeness = politeness;
        this.timer = timer;
        this.userAgent = userAgent;
    }

    /** The answer to {@code method uri}, after as many retries as the politeness allows. */
    CompletableFuture<Answer> send(URI uri, String method, int bodyLimit) {
        return attempt(uri, method, bodyLimit, 0);
    }

    private CompletableFuture<Answer> attempt(URI uri, String method, int bodyLimit, int tried) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return lanes.submit(host, () -> once(uri, method, bodyLimit)).thenCompose(answer -> {
            if (tried >= politeness.retries() || !answer.retryable()) {
                return CompletableFuture.completedFuture(answer);
            }
            Optional<Duration> asked = answer instanceof Answer.Response r ? r.retryAfter() : Optional.empty();
            if (asked.isPresent() && asked.get().compareTo(politeness.maxRetryAfter()) > 0) {
                return CompletableFuture.completedFuture(answer);
            }
            Duration wait = asked.orElse(politeness.backoff(tried));
            asked.ifPresent(d -> lanes.pause(host, d.toNanos()));
            return after(wait).thenCompose(x -> attempt(uri, method, bodyLimit, tried + 1));
        });
    }

    private CompletableFuture<Answer> once(URI uri, String method, int bodyLimit) {
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(politeness.timeout()).header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
            if ("http".equalsIgnoreCase(uri.getScheme())) {
                // Plain HTTP/2 (h2c) is rare; asking for it costs every plain-HTTP request an upgrade header.
                b.version(HttpClient.Version.HTTP_1_1);
            }
            request = b.build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Answer.Failure("not a requestable address: " + e.getMessage(), false));
        }
        int limit = "HEAD".equals(method) ? 0 : bodyLimit;
        return clients.of(uri).sendAsync(request, info -> new LimitedBody(limit))
                .handle((response, failure) -> failure == null ? response(response) : Answer.failure(failure));
    }

    private static Answer response(HttpResponse<byte[]> r) {
        HttpHeaders h = r.headers();
        return new Answer.Response(r.statusCode(), h.firstValue("Location"), h.firstValue("Retry-After").flatMap(Requests::retryAfter),
                r.body() == null ? new byte[0] : r.body());
    }

    /** {@code Retry-After} as seconds or as an HTTP date; anything else is ignored. */
    static Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private CompletableFuture<Void> after(Duration wait) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        timer.schedule(() -> done.complete(null), wait.toNanos(), TimeUnit.NANOSECONDS);
        return done;
    }
}
