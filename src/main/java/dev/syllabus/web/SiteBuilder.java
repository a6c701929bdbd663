package dev.syllabus.web;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.links.StatusFile;
import dev.syllabus.plan.Format;
import dev.syllabus.plan.PathReport;
import dev.syllabus.view.Details;
import dev.syllabus.view.Json;
import dev.syllabus.view.Views;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/** Prepares every page and API document of a knowledge base for a {@link Site}, each rendered once, on its first request. */
final class SiteBuilder {
    static final String API = "/api/v1";

    private SiteBuilder() {
    }

    static Site build(LoadedContent content, List<Finding> findings, Clock clock) {
        return build(content, findings, clock, kb -> Features.of(kb, clock));
    }

    /** As above, with the search index and planner made by {@code features} (through a cache, for instance). */
    static Site build(LoadedContent content, List<Finding> findings, Clock clock, Function<KnowledgeBase, Features> made) {
        KnowledgeBase kb = content.kb();
        // The search index and planner are built beside the server's start, not before it: a search or plan that comes
        // first waits for them.
        CompletableFuture<Features> features = CompletableFuture.supplyAsync(() -> made.apply(kb));
        Wiki wiki = new Wiki(kb);
        StatusFile.Read linkStatus = StatusFile.read(content.root());
        // Every page and document is known now (so a missing one is a 404 at once) but rendered on its first request.
        Map<String, Supplier<Rendered>> pages = new HashMap<>();
        Map<String, Supplier<Rendered>> documents = new HashMap<>();
        for (Entity e : kb.entities()) {
            pages.put(Href.to(e), new OnFirstUse<>(() -> Rendered.html(Templates.render(e.type().id(), model(e, wiki, linkStatus)))));
            documents.put(API + Href.to(e), new OnFirstUse<>(() -> Rendered.json(document(e, kb))));
        }
        for (EntityType type : EntityType.values()) {
            documents.put(API + "/" + type.folder(), new OnFirstUse<>(() -> Rendered.json(Json.pretty(
                    kb.entities().stream().filter(e -> e.type() == type).map(e -> Views.summary(e, kb)).toList()))));
        }
        Indexes indexes = new Indexes(kb);
        for (EntityType type : EntityType.values()) {
            pages.put("/" + type.folder(), new OnFirstUse<>(() -> Rendered.html(Templates.render("index",
                    indexes.page(type, Map.of())))));
        }
        pages.put("/", new OnFirstUse<>(() -> Rendered.html(Templates.render("home", HomePage.of(wiki)))));
        pages.put("/graph", new OnFirstUse<>(() -> Rendered.html(Templates.render("graph",
                GraphPage.of(wiki, java.util.Optional.empty())))));
        documents.put(API + "/graph", new OnFirstUse<>(() -> Rendered.json(Json.pretty(wiki.layout().all()))));
        List<Finding> warnings = findings.stream().filter(f -> !f.isError()).toList();
        return new Site(content, wiki, pages, documents, warnings, clock.instant(), features, ResponseCache.sized());
    }

    static Object model(Entity e, Wiki wiki, StatusFile.Read linkStatus) {
        return e.<Object>match(c -> ConceptPage.of(c, wiki), p -> PaperPage.of(p, wiki), r -> ResourcePage.of(r, wiki, linkStatus),
                c -> CreatorPage.of(c, wiki), p -> PathPage.of(p, wiki), g -> GuidePage.of(g, wiki));
    }

    /** An entity's API document; a path's is the planner's path report, the same JSON as {@code syllabus path}. */
    private static String document(Entity e, KnowledgeBase kb) {
        return e.match(c -> Json.pretty(Details.of(c, kb)), p -> Json.pretty(Details.of(p, kb)), r -> Json.pretty(Details.of(r, kb)),
                c -> Json.pretty(Details.of(c, kb)), p -> Format.JSON.render(PathReport.of(kb, p)), g -> Json.pretty(Details.of(g)));
    }
}
