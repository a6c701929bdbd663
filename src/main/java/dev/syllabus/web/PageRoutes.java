package dev.syllabus.web;

import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.Slug;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

/** The wiki's HTML routes: home, one page per entity, the graph and the stylesheet; all served pre-rendered. */
final class PageRoutes {
    private final LiveSite live;

    PageRoutes(LiveSite live) {
        this.live = live;
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> fixed(ctx, "/"));
        routes.get("/graph", ctx -> fixed(ctx, "/graph"));
        for (EntityType type : EntityType.values()) {
            routes.get("/" + type.folder() + "/{slug}", ctx -> entity(ctx, type));
        }
        routes.get(Assets.CSS_PATH, ctx -> Responses.send(ctx, Assets.CSS, Responses.IMMUTABLE));
        routes.get(Assets.JS_PATH, ctx -> Responses.send(ctx, Assets.JS, Responses.IMMUTABLE));
    }

    private void fixed(Context ctx, String path) {
        Responses.send(ctx, live.current().page(path).orElseThrow(), Responses.REVALIDATE);
    }

    private void entity(Context ctx, EntityType type) {
        String slug = ctx.pathParam("slug");
        Optional<Rendered> page = Slug.isValid(slug) ? live.current().page(Href.to(type, Slug.of(slug))) : Optional.empty();
        if (page.isEmpty()) {
            throw new MissingEntity(type, slug);
        }
        Responses.send(ctx, page.get(), Responses.REVALIDATE);
    }
}
