package dev.syllabus.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Registers the server's routes, all of which only read: each answers GET and HEAD with one handler, and the handler
 * leaves out the body for HEAD (see {@link Responses}). Any other method on these paths is a 405 (see {@link Failures}).
 */
final class Reads {
    /** The methods every route allows, as the Allow header of a 405 names them. */
    static final String ALLOW = "GET, HEAD";

    private final RoutesConfig routes;

    Reads(RoutesConfig routes) {
        this.routes = routes;
    }

    void get(String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /**
     * A form that computes an answer from what it is sent and changes nothing (a lab): GET and HEAD as for any read,
     * and POST too, because a form's text may be longer than an address can carry.
     */
    void form(String path, Handler handler, Handler post) {
        get(path, handler);
        routes.post(path, post);
    }
}
