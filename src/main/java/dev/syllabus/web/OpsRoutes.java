package dev.syllabus.web;

import dev.syllabus.content.Finding;
import io.javalin.http.Context;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code /health} tells an operator what is loaded and whether the last content change was rejected (with its errors);
 * {@code /ready} says whether to send traffic: yes once a site is loaded, no from the moment shutdown begins.
 */
final class OpsRoutes {
    /**
     * The health report. {@code status} is ok, or degraded while a rejected change waits to be fixed. It never says
     * where the content lives on disk: any client may read it.
     */
    record Health(String status, String loadedAt, int entities, int warnings, LastReload lastReload) {
    }

    /** The last reload attempt under --watch. */
    record LastReload(String at, boolean accepted, List<String> errors) {
    }

    // Written out, not by Jackson: a supervisor's first probe would otherwise wait for the JSON mapper to start (45 ms
    // of a server's start-up, JFR), and these two answers never change. Json.pretty's layout, so both look alike.
    static final Rendered READY = Rendered.json("{\n  \"ready\" : true\n}");
    static final Rendered DRAINING = Rendered.json("{\n  \"ready\" : false\n}");

    private final LiveSite live;
    private final AtomicBoolean draining;

    OpsRoutes(LiveSite live, AtomicBoolean draining) {
        this.live = live;
        this.draining = draining;
    }

    void register(Reads routes) {
        routes.get("/health", this::health);
        routes.get("/ready", this::ready);
    }

    private void health(Context ctx) {
        Site site = live.current();
        LiveSite.Reload reload = live.lastReload();
        LastReload last = reload == null ? null : new LastReload(reload.at().toString(), !reload.rejected(),
                reload.errors().stream().map(Finding::toString).toList());
        String status = reload != null && reload.rejected() ? "degraded" : "ok";
        Responses.send(ctx, Rendered.json(dev.syllabus.view.Json.pretty(new Health(status, site.loadedAt().toString(),
                site.kb().size(), site.warnings().size(), last))), Responses.NO_STORE);
    }

    private void ready(Context ctx) {
        boolean ready = !draining.get();
        ctx.status(ready ? 200 : 503);
        Responses.send(ctx, ready ? READY : DRAINING, Responses.NO_STORE);
    }
}
