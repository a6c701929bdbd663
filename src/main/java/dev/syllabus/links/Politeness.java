package dev.syllabus.links;

import java.time.Duration;

/**
 * How hard the checker may press on the sites it checks. The defaults are lychee's: 128 requests at once, at most 10 to
 * one host, 50 ms between the starts of two requests to one host, 3 retries starting at a 1 s wait and doubling, a
 * {@code Retry-After} of up to a minute honoured, 20 s before a request times out, 10 redirects at most.
 */
public record Politeness(int maxConcurrency, int maxPerHost, Duration hostInterval, int retries, Duration retryWait,
                         Duration maxRetryAfter, Duration timeout, int maxRedirects) {
    public static final Politeness DEFAULTS = new Politeness(128, 10, Duration.ofMillis(50), 3, Duration.ofSeconds(1),
            Duration.ofSeconds(60), Duration.ofSeconds(20), 10);

    public Politeness {
        if (maxConcurrency < 1 || maxPerHost < 1) {
            throw new IllegalArgumentException("at least one request at once, and at least one per host, must be allowed");
        }
        if (retries < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("retries and redirects cannot be negative");
        }
        if (hostInterval.isNegative() || retryWait.isNegative() || maxRetryAfter.isNegative() || timeout.isNegative()
                || timeout.isZero()) {
            throw new IllegalArgumentException("waits cannot be negative, and the timeout must be longer than zero");
        }
    }

    public Politeness withConcurrency(int total, int perHost) {
        return new Politeness(total, perHost, hostInterval, retries, retryWait, maxRetryAfter, timeout, maxRedirects);
    }

    public Politeness withHostInterval(Duration interval) {
        return new Politeness(maxConcurrency, maxPerHost, interval, retries, retryWait, maxRetryAfter, timeout, maxRedirects);
    }

    public Politeness withRetries(int count, Duration firstWait) {
        return new Politeness(maxConcurrency, maxPerHost, hostInterval, count, firstWait, maxRetryAfter, timeout, maxRedirects);
    }

    public Politeness withTimeout(Duration limit) {
        return new Politeness(maxConcurrency, maxPerHost, hostInterval, retries, retryWait, maxRetryAfter, limit, maxRedirects);
    }

    public Politeness withMaxRedirects(int count) {
        return new Politeness(maxConcurrency, maxPerHost, hostInterval, retries, retryWait, maxRetryAfter, timeout, count);
    }

    public Politeness withMaxRetryAfter(Duration limit) {
        return new Politeness(maxConcurrency, maxPerHost, hostInterval, retries, retryWait, limit, timeout, maxRedirects);
    }

    /** The wait before retry {@code attempt} (0-based) when the site gave no {@code Retry-After}: 1 s, 2 s, 4 s ... */
    Duration backoff(int attempt) {
        return retryWait.multipliedBy(1L << Math.min(attempt, 20));
    }
}
