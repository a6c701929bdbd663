package dev.syllabus.web;

import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.Slug;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * The wiki's HTML routes: home, a list page per entity type, one page per entity (those one makes progress on with the
 * asking learner's progress filled in), the graph and the assets.
 */
final class PageRoutes {
    /** The pages with progress places (see {@link ProgressMarkers}). */
    private static final java.util.Set<EntityType> HAS_PROGRESS = java.util.EnumSet.of(EntityType.CONCEPT,
            EntityType.RESOURCE, EntityType.PAPER, EntityType.PATH);

    private final LiveSite live;
    private final ProgressPages progress;

    PageRoutes(LiveSite live, ProgressPages progress) {
        this.live = live;
        this.progress = progress;
    }

    void register(Reads routes) {
        routes.get("/", ctx -> fixed(ctx, "/"));
        routes.get("/graph", this::graph);
        for (EntityType type : EntityType.values()) {
            routes.get("/" + type.folder(), ctx -> index(ctx, type));
            routes.get("/" + type.folder() + "/{slug}", ctx -> entity(ctx, type));
        }
        Assets.all().forEach((path, asset) -> routes.get(path, ctx -> Responses.send(ctx, asset, Responses.IMMUTABLE)));
    }

    private void fixed(Context ctx, String path) {
        Responses.send(ctx, live.current().page(path).orElseThrow(), Responses.REVALIDATE);
    }

    /** The whole graph pre-rendered; one area's part of it (?area=) rendered once per area. */
    private void graph(Context ctx) {
        String area = ctx.queryParam("area");
        if (area == null || area.isBlank()) {
            fixed(ctx, "/graph");
            return;
        }
        Site site = live.current();
        java.util.Optional<dev.syllabus.kb.Area> chosen = dev.syllabus.kb.Area.fromId(area);
        if (chosen.isEmpty()) {
            throw new BadParameter("area", "parameter 'area' has the value '" + area + "': write one of "
                    + dev.syllabus.kb.Token.choices(dev.syllabus.kb.Area.class));
        }
        Responses.send(ctx, site.cache().get(ctx, () -> Rendered.html(Templates.render("graph",
                GraphPage.of(site.wiki(), chosen)))), Responses.REVALIDATE);
    }

    /** The list page: pre-rendered as it first shows, rendered once per distinct sort and filter otherwise. */
    private void index(Context ctx, EntityType type) {
        Site site = live.current();
        if (ctx.queryParamMap().keySet().stream().noneMatch(Indexes.PARAMS::contains)) {
            fixed(ctx, "/" + type.folder());
            return;
        }
        Responses.send(ctx, site.cache().get(ctx, () -> Rendered.html(Templates.render("index",
                new Indexes(site.kb()).page(type, ctx.queryParamMap())))), Responses.REVALIDATE);
    }

    private void entity(Context ctx, EntityType type) {
        String slug = ctx.pathParam("slug");
        Site site = live.current();
        String path = Slug.isValid(slug) ? Href.to(type, Slug.of(slug)) : null;
        Optional<Rendered> page = path == null ? Optional.empty() : site.page(path);
        if (page.isEmpty()) {
            throw new MissingEntity(type, slug);
        }
        if (HAS_PROGRESS.contains(type)) {
            progress.send(ctx, site, page.get(), path);
        } else {
            Responses.send(ctx, page.get(), Responses.REVALIDATE);
        }
    }
}
