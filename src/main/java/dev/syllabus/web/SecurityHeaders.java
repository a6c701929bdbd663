package dev.syllabus.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Puts the security headers on every response before any handler runs, so error pages written by Jetty itself carry
 * them too. The pages load only our own scripts, styles and fonts from files (no inline script or style attribute),
 * so the policy can forbid everything else; KaTeX sets its sizes through the DOM's style properties, which a policy
 * does not block.
 */
final class SecurityHeaders implements HttpConfiguration.Customizer {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public Request customize(Request request, HttpFields.Mutable headers) {
        put(headers);
        return request;
    }

    /** Puts the headers on a response that no customizer saw, such as Jetty's answer to a request it rejects. */
    static void put(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        // frame-ancestors is the modern form; browsers that predate it read this one.
        headers.put("X-Frame-Options", "DENY");
    }
}
