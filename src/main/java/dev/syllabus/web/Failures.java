package dev.syllabus.web;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.view.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Maps every failure to a response once: unknown slugs and routes to a 404 with "did you mean", bad parameters to 400,
 * anything unexpected to a 500 that logs the stack trace and never shows it. API paths answer in JSON, pages in HTML.
 */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private final LiveSite live;

    Failures(LiveSite live) {
        this.live = live;
    }

    void register(RoutesConfig routes) {
        routes.exception(MissingEntity.class, (e, ctx) -> notFound(ctx, e.slug()));
        routes.exception(BadParameter.class, (e, ctx) -> badParameter(ctx, e));
        routes.exception(HttpResponseException.class, (e, ctx) -> httpStatus(ctx, e));
        // A client that hangs up mid-response is not a server failure: there is no one left to answer.
        routes.exception(java.io.UncheckedIOException.class, (e, ctx) -> LOG.debug("{}", e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
    }

    private void notFound(Context ctx, String wanted) {
        KnowledgeBase kb = live.current().kb();
        List<Entity> close = kb.suggest(wanted, 5).stream().map(s -> kb.get(s).orElseThrow()).toList();
        ctx.status(HttpStatus.NOT_FOUND);
        if (isApi(ctx)) {
            List<String> slugs = close.stream().map(e -> e.slug().value()).toList();
            write(ctx, new ApiError("not-found", "nothing is at " + ctx.path() + (slugs.isEmpty() ? ""
                    : "; did you mean " + String.join(", ", slugs) + "?"), null, slugs));
        } else {
            List<Link> links = close.stream().map(e -> new Link(Href.to(e), e.title(), Labels.singular(e.type()))).toList();
            ctx.contentType(Rendered.HTML).result(Templates.render("notfound", Map.of("wanted", ctx.path(), "suggestions", links)));
        }
    }

    private static void badParameter(Context ctx, BadParameter e) {
        ctx.status(HttpStatus.BAD_REQUEST);
        if (isApi(ctx)) {
            write(ctx, new ApiError("bad-parameter", e.getMessage(), e.parameter(),
                    e.suggestions().isEmpty() ? null : e.suggestions()));
        } else {
            errorPage(ctx, 400, e.getMessage());
        }
    }

    private void httpStatus(Context ctx, HttpResponseException e) {
        if (e.getStatus() == 404) {
            String path = ctx.path();
            notFound(ctx, path.substring(path.lastIndexOf('/') + 1));
            return;
        }
        ctx.status(e.getStatus());
        if (isApi(ctx)) {
            write(ctx, ApiError.of(HttpStatus.forStatus(e.getStatus()).name().toLowerCase().replace('_', '-'), e.getMessage()));
        } else {
            errorPage(ctx, e.getStatus(), e.getMessage());
        }
    }

    private static void unexpected(Context ctx, Exception e) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        String message = "The server could not answer this request.";
        if (isApi(ctx)) {
            write(ctx, ApiError.of("internal-error", message));
        } else {
            errorPage(ctx, 500, message);
        }
    }

    private static void errorPage(Context ctx, int status, String message) {
        ctx.contentType(Rendered.HTML).result(Templates.render("error", Map.of("status", status, "message", message)));
    }

    private static void write(Context ctx, ApiError error) {
        ctx.contentType(Rendered.JSON).result(Json.pretty(error));
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith(ApiCatalog.API + "/") || ctx.path().equals(ApiCatalog.API);
    }

}
