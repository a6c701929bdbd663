package dev.syllabus.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registers the few routes that change something (POST only), and remembers them, so that another method on one of
 * their paths is a 405 naming POST rather than the GET and HEAD every other address allows (see {@link Failures}).
 */
final class Writes {
    /** The methods a write route allows, as the Allow header of a 405 names them. */
    static final String ALLOW = "POST";

    private final RoutesConfig routes;
    private final Map<String, String> allowed = new ConcurrentHashMap<>();

    Writes(RoutesConfig routes) {
        this.routes = routes;
    }

    void post(String path, Handler handler) {
        routes.post(path, handler);
        allowed.put(path, ALLOW);
    }

    /** The Allow header for {@code path} when it is a write route; empty for the read routes. */
    Optional<String> allow(String path) {
        return Optional.ofNullable(allowed.get(path));
    }
}
