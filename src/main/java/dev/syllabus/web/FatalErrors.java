package dev.syllabus.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the process when memory runs out, wherever it happens, so that a supervisor starts a fresh one: a JVM that has
 * once thrown OutOfMemoryError may have lost connection threads and locks midway, and would answer 500s or hang on
 * /ready and SIGTERM. The launcher also passes -XX:+ExitOnOutOfMemoryError; this covers a server started without it.
 * Other errors (a stack overflow on a pathological request) are answered with a 500 and logged.
 */
final class FatalErrors {
    /** The exit status -XX:+ExitOnOutOfMemoryError uses too. */
    static final int OUT_OF_MEMORY = 3;
    private static final Logger LOG = LoggerFactory.getLogger(FatalErrors.class);

    private FatalErrors() {
    }

    /** Makes any thread that dies of OutOfMemoryError end the process. */
    static void install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError oom) {
                halt(oom);
            }
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                LOG.error("thread {} died", thread.getName(), e);
            }
        });
    }

    /** Javalin's handler for errors thrown by a request. */
    static void answer(HttpServletResponse response, Error e) {
        if (e instanceof OutOfMemoryError oom) {
            halt(oom);
        }
        LOG.error("a request failed with {}", e.toString(), e);
        response.setStatus(500);
    }

    private static void halt(OutOfMemoryError e) {
        // Printing may itself fail for want of memory; the process ends either way. halt, not exit: shutdown hooks
        // would wait for requests in flight, which may never finish now.
        try {
            System.err.println("syllabus: out of memory (" + e.getMessage() + "); stopping so that a supervisor can "
                    + "restart the server; give it more with -Xmx");
        } finally {
            Runtime.getRuntime().halt(OUT_OF_MEMORY);
        }
    }
}
