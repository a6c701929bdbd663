package dev.syllabus.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One access-log line per request with its status and latency, on the {@code dev.syllabus.web.access} logger. */
final class RequestLog {
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.syllabus.web.access");

    void log(Context ctx, Float millis) {
        if (ACCESS.isInfoEnabled()) {
            String query = ctx.queryString();
            ACCESS.info("{} {}{} {} {} ms", ctx.method(), ctx.path(), query == null ? "" : "?" + query,
                    ctx.statusCode(), String.format("%.2f", millis));
        }
    }
}
