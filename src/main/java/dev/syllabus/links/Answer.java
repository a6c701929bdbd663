package dev.syllabus.links;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;

/** What one request brought back: a response with its status, or a failure to get one, said in a sentence. */
sealed interface Answer {
    /** A response; {@code body} holds at most the bytes asked for. */
    record Response(int code, Optional<String> location, Optional<Duration> retryAfter, byte[] body) implements Answer {
        boolean isRedirect() {
            return (code == 301 || code == 302 || code == 303 || code == 307 || code == 308) && location.isPresent();
        }

        @Override
        public boolean retryable() {
            return code == 429 || code == 408 || code >= 500 && code != 501 && code != 505;
        }
    }

    /** No response: {@code retryable} for failures that a later try may not meet (resets, timeouts, refusals). */
    record Failure(String reason, boolean retryable) implements Answer {
    }

    boolean retryable();

    /** A failure of the HTTP client, named as a curator would understand it. */
    static Failure failure(Throwable thrown) {
        Throwable e = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof HttpConnectTimeoutException) {
            return new Failure("no connection within the timeout", true);
        }
        if (e instanceof HttpTimeoutException) {
            return new Failure("no answer within the timeout", true);
        }
        if (e instanceof UnknownHostException || causedBy(e, UnknownHostException.class)) {
            return new Failure("host not found (no DNS record)", false);
        }
        if (e instanceof ConnectException || causedBy(e, ConnectException.class)) {
            return new Failure("connection refused", true);
        }
        if (e instanceof SSLException || causedBy(e, SSLException.class)) {
            return new Failure("TLS failure: " + firstLine(rootCause(e).getMessage()), false);
        }
        if (e instanceof EOFException || causedBy(e, EOFException.class)) {
            return new Failure("connection closed before an answer", true);
        }
        if (e instanceof IOException) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String lower = message.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("reset") || lower.contains("received no bytes")) {
                return new Failure("connection reset or closed before an answer", true);
            }
            return new Failure(firstLine(message), true);
        }
        return new Failure("request failed: " + firstLine(String.valueOf(e.getMessage())), false);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
