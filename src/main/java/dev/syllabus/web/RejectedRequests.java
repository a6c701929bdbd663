package dev.syllabus.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Answers the requests Jetty refuses before any route sees them (an address with a NUL byte, a malformed header):
 * Jetty's own page sends HTML with a body even to HEAD and keeps the connection, so a client reusing it reads that
 * body as the next answer. Ours is one plain line with the security headers and closes the connection, since a
 * request that could not be read leaves no trust in where the next one starts; Jetty reports a request it could not
 * parse under the method {@code BAD}, so the body is left out only where the method is known to be HEAD.
 */
final class RejectedRequests implements Request.Handler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? HttpStatus.BAD_REQUEST_400 : response.getStatus();
        response.setStatus(status);
        var headers = response.getHeaders();
        SecurityHeaders.put(headers);
        headers.put(HttpHeader.CONNECTION, "close");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        byte[] body = (status + " " + HttpStatus.getMessage(status)
                + ": the request could not be read; check the address and headers\n").getBytes(StandardCharsets.UTF_8);
        headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        if (isHead(request)) {
            callback.succeeded();
        } else {
            response.write(true, ByteBuffer.wrap(body), callback);
        }
        return true;
    }

    private static boolean isHead(Request request) {
        return "HEAD".equals(request.getMethod());
    }
}
