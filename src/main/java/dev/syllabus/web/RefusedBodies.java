package dev.syllabus.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Bodies too large to take, read and dropped before they are refused: a server that answers and closes while a body is
 * still arriving resets the connection, and the client can lose the answer before reading it (LabsIT saw "header
 * parser received no bytes" for a 1 MB form). A body of a few megabytes, such as a long text pasted into a browser,
 * is read first; a larger one is refused unread.
 */
final class RefusedBodies {
    /** The largest body read before it is refused. */
    static final long DRAINED = 4L * 1024 * 1024;

    private RefusedBodies() {
    }

    /** Reads and drops the body of a request about to be refused, unless it is larger than {@link #DRAINED}. */
    static void drop(Context ctx) {
        if (ctx.contentLength() > DRAINED) {
            return;
        }
        try (InputStream body = ctx.req().getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the client went away: nobody is left to answer
        }
    }
}
