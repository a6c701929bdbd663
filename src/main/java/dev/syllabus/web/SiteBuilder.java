package dev.syllabus.web;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
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
import java.util.function.Supplier;

/** Prepares every page and API document of a knowledge base for a {@link Site}, each rendered once, on its first request. */
final class SiteBuilder {
    static final String API = "/api/v1";

    private SiteBuilder() {
    }

    static Site build(LoadedContent content, List<Finding> findings, Clock clock) {
        KnowledgeBase kb = content.kb();
        // The search index and planner are built beside the server's start, not before it: a search or plan that comes
        // first waits for them.
        CompletableFuture<Features> features = CompletableFuture.supplyAsync(() -> Features.of(kb, clock));
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
        return new Site(content, wiki, pages, documents, warnings, clock.instant(), features, new ResponseCache());
    }

    private static Object model(Entity e, Wiki wiki, StatusFile.Read linkStatus) {
        if (e instanceof Concept c) {
            return ConceptPage.of(c, wiki);
        } else if (e instanceof Paper p) {
            return PaperPage.of(p, wiki);
        } else if (e instanceof Resource r) {
            return ResourcePage.of(r, wiki, linkStatus);
        } else if (e instanceof Creator c) {
            return CreatorPage.of(c, wiki);
        } else if (e instanceof LearningPath p) {
            return PathPage.of(p, wiki);
        }
        return GuidePage.of((Guide) e, wiki);
    }

    /** An entity's API document; a path's is the planner's path report, the same JSON as {@code syllabus path}. */
    private static String document(Entity e, KnowledgeBase kb) {
        if (e instanceof Concept c) {
            return Json.pretty(Details.of(c, kb));
        } else if (e instanceof Paper p) {
            return Json.pretty(Details.of(p, kb));
        } else if (e instanceof Resource r) {
            return Json.pretty(Details.of(r, kb));
        } else if (e instanceof Creator c) {
            return Json.pretty(Details.of(c, kb));
        } else if (e instanceof LearningPath p) {
            return Format.JSON.render(PathReport.of(kb, p));
        }
        return Json.pretty(Details.of((Guide) e));
    }
}
