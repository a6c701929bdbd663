package dev.syllabus.web;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;
import dev.syllabus.plan.PlanRequestException;
import dev.syllabus.progress.StoreFailure;
import dev.syllabus.search.InvalidSearchException;
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
 * Maps every failure to a response, in this one place (routes throw and never catch): unknown slugs and routes to a 404
 * with "did you mean", bad parameters and refused plan or search requests to 400, an over-long address to 414, another
 * method than a route takes to 405 with Allow (POST on the write routes, GET and HEAD elsewhere), a refused
 * progress form to 403 (forged) or 503 (the database failed), anything unexpected to a 500 that logs the stack trace and never shows it.
 * API paths answer in JSON, pages in HTML; the plan page shows its form again with the message.
 */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private final LiveSite live;
    private final Writes writes;

    Failures(LiveSite live) {
        this(live, null);
    }

    /** With the write routes, whose paths allow POST instead of GET and HEAD. */
    Failures(LiveSite live, Writes writes) {
        this.live = live;
        this.writes = writes;
    }

    void register(RoutesConfig routes) {
        routes.exception(MissingEntity.class, (e, ctx) -> notFound(ctx, e.slug()));
        routes.exception(BadParameter.class, (e, ctx) -> badParameter(ctx, e));
        routes.exception(InvalidSearchException.class, (e, ctx) -> badParameter(ctx, new BadParameter(e.parameter(), e.getMessage())));
        routes.exception(PlanRequestException.class, this::planRefused);
        routes.exception(QueryGuard.TooLong.class, (e, ctx) -> status(ctx, HttpStatus.URI_TOO_LONG, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> httpStatus(ctx, e));
        routes.exception(Forbidden.class, (e, ctx) -> status(ctx, HttpStatus.FORBIDDEN, e.getMessage()));
        // The progress database failing is not the server failing: say what is wrong, never how (no stack trace).
        routes.exception(StoreFailure.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            status(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Your progress could not be saved: " + e.getMessage());
        });
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
            String shown = ctx.path().codePoints().filter(cp -> !QueryGuard.isControl(cp))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            ctx.contentType(Rendered.HTML).result(Templates.render("notfound", Map.of("wanted", shown, "suggestions", links)));
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

    /** On the plan page, the form again with the message and close matches; elsewhere a 400 naming the parameter. */
    private void planRefused(PlanRequestException e, Context ctx) {
        if (isApi(ctx) || ctx.queryParam("format") != null && !"html".equals(ctx.queryParam("format"))) {
            badParameter(ctx, new BadParameter(e.parameter(), e.getMessage(), e.suggestions().stream().map(Slug::value).toList()));
            return;
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        ctx.contentType(Rendered.HTML).result(PlanRoutes.refused(live.current(), ctx, e));
    }

    private void httpStatus(Context ctx, HttpResponseException e) {
        if (e.getStatus() == 404) {
            String path = ctx.path();
            notFound(ctx, path.substring(path.lastIndexOf('/') + 1));
            return;
        }
        if (e.getStatus() == 405) {
            java.util.Optional<String> write = writes == null ? java.util.Optional.empty() : writes.allow(ctx.path());
            ctx.header("Allow", write.orElse(Reads.ALLOW));
            status(ctx, HttpStatus.METHOD_NOT_ALLOWED, write.map(allow -> ctx.method() + " is not allowed here: this address "
                    + "only takes a form sent with " + allow).orElse(ctx.method() + " is not allowed here: this address only "
                    + "reads, with " + Reads.ALLOW));
            return;
        }
        status(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage());
    }

    private static void status(Context ctx, HttpStatus status, String message) {
        ctx.status(status);
        if (isApi(ctx)) {
            write(ctx, ApiError.of(status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), message));
        } else {
            errorPage(ctx, status.getCode(), message);
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
