package dev.syllabus.web;

import dev.syllabus.kb.Access;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;
import dev.syllabus.view.Views;
import io.javalin.http.Context;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The JSON API's knowledge-base routes: lists with filters and one entity by slug, mirroring the wiki's pages. */
final class ApiRoutes {
    private final LiveSite live;

    ApiRoutes(LiveSite live) {
        this.live = live;
    }

    void register(Reads routes) {
        for (EntityType type : EntityType.values()) {
            String list = ApiCatalog.API + "/" + type.folder();
            routes.get(list, ctx -> list(ctx, type, list));
            routes.get(list + "/{slug}", ctx -> one(ctx, type));
        }
        routes.get(ApiCatalog.API + "/graph", ctx -> document(ctx, ApiCatalog.API + "/graph"));
        // Written when first asked for: its examples run a search and a plan, which would keep start-up waiting for the index.
        OnFirstUse<Rendered> openApi = new OnFirstUse<>(() -> Rendered.json(OpenApiDocument.render(this::example)));
        routes.get(ApiCatalog.API + "/openapi.json", ctx -> Responses.send(ctx, openApi.get(), Responses.REVALIDATE));
    }

    /** A real response for a route, from the content served at the time: the first entity's for routes with a slug. */
    private String example(String route) {
        Site site = live.current();
        try {
            if (route.equals(SearchRoutes.SEARCH)) {
                return dev.syllabus.view.Json.pretty(site.features().search().search(
                        dev.syllabus.search.SearchQuery.builder("rope").limit("2").build()));
            }
            if (route.equals(SearchRoutes.SUGGEST)) {
                return dev.syllabus.view.Json.pretty(site.features().search().suggest("atten", 2));
            }
            if (route.startsWith(LabRoutes.API_PREFIX)) {
                return LabRoutes.example(route);
            }
            if (route.equals(PlanRoutes.PLAN)) {
                return dev.syllabus.plan.Format.JSON.render(site.features().planner().plan(site.kb(),
                        dev.syllabus.plan.PlanRequestParser.parse(java.util.Map.of("goal", java.util.List.of("self-attention"),
                                "known", java.util.List.of("neural-networks")))));
            }
        } catch (RuntimeException e) {
            return null;
        }
        String path = route;
        if (route.contains("{slug}")) {
            String folder = route.substring(ApiCatalog.API.length() + 1, route.indexOf("/{slug}"));
            path = EntityType.fromFolder(folder).flatMap(t -> site.kb().entities().stream().filter(e -> e.type() == t)
                    .findFirst()).map(e -> ApiCatalog.API + Href.to(e)).orElse(route);
        }
        return site.document(path).map(r -> new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
    }

    private void document(Context ctx, String path) {
        QueryCheck.allowOnly(ctx, path);
        Responses.send(ctx, live.current().document(path).orElseThrow(), Responses.REVALIDATE);
    }

    private void one(Context ctx, EntityType type) {
        QueryCheck.allowOnly(ctx, ApiCatalog.API + "/" + type.folder() + "/{slug}");
        String slug = ctx.pathParam("slug");
        Site site = live.current();
        Optional<Rendered> doc = Slug.isValid(slug)
                ? site.document(ApiCatalog.API + Href.to(type, Slug.of(slug))) : Optional.empty();
        if (doc.isPresent()) {
            Responses.send(ctx, doc.get(), Responses.REVALIDATE);
        } else {
            throw new MissingEntity(type, slug);
        }
    }

    private void list(Context ctx, EntityType type, String path) {
        QueryCheck.allowOnly(ctx, path);
        if (ctx.queryParamMap().isEmpty()) {
            document(ctx, path);
            return;
        }
        KnowledgeBase kb = live.current().kb();
        Stream<? extends Entity> selected = switch (type) {
            case CONCEPT -> kb.concepts().stream().filter(conceptFilter(ctx));
            case PAPER -> kb.papers().stream().filter(paperFilter(ctx, kb));
            case RESOURCE -> kb.resources().stream().filter(resourceFilter(ctx, kb));
            case CREATOR -> kb.creators().stream().filter(creatorFilter(ctx));
            case PATH -> kb.paths().stream();
            case GUIDE -> kb.guides().stream();
        };
        Responses.json(ctx, selected.map(e -> Views.summary(e, kb)).toList());
    }

    private static Predicate<Concept> conceptFilter(Context ctx) {
        Optional<Area> area = QueryCheck.token(ctx, "area", Area.class);
        return c -> area.map(a -> c.area() == a).orElse(true);
    }

    private static Predicate<Paper> paperFilter(Context ctx, KnowledgeBase kb) {
        Optional<Slug> concept = QueryCheck.slug(ctx, "introduces", kb, EntityType.CONCEPT);
        return p -> concept.map(c -> p.introduces().contains(c)).orElse(true);
    }

    private static Predicate<Resource> resourceFilter(Context ctx, KnowledgeBase kb) {
        Optional<ResourceKind> kind = QueryCheck.token(ctx, "kind", ResourceKind.class);
        Optional<Slug> creator = QueryCheck.slug(ctx, "creator", kb, EntityType.CREATOR);
        Optional<Slug> concept = QueryCheck.slug(ctx, "concept", kb, EntityType.CONCEPT);
        Optional<Level> level = QueryCheck.token(ctx, "level", Level.class);
        Optional<Access> access = QueryCheck.token(ctx, "access", Access.class);
        return r -> kind.map(k -> r.kind() == k).orElse(true)
                && creator.map(c -> r.creators().contains(c)).orElse(true)
                && concept.map(c -> r.allConcepts().contains(c)).orElse(true)
                && level.map(l -> r.level() == l).orElse(true)
                && access.map(a -> r.access() == a).orElse(true);
    }

    private static Predicate<Creator> creatorFilter(Context ctx) {
        Optional<CreatorKind> kind = QueryCheck.token(ctx, "kind", CreatorKind.class);
        return c -> kind.map(k -> c.kind() == k).orElse(true);
    }

}
