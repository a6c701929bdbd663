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

/** Renders every page and API document of a knowledge base into a {@link Site}; the work a request never repeats. */
final class SiteBuilder {
    static final String API = "/api/v1";

    private SiteBuilder() {
    }

    static Site build(LoadedContent content, List<Finding> findings, Clock clock) {
        KnowledgeBase kb = content.kb();
        // The search index and the pages do not depend on each other: build them side by side.
        CompletableFuture<Features> features = CompletableFuture.supplyAsync(() -> Features.of(kb, clock));
        Wiki wiki = new Wiki(kb);
        StatusFile.Read linkStatus = StatusFile.read(content.root());
        Map<String, Rendered> pages = new HashMap<>();
        Map<String, Rendered> documents = new HashMap<>();
        for (Entity e : kb.entities()) {
            pages.put(Href.to(e), Rendered.html(Templates.render(e.type().id(), model(e, wiki, linkStatus))));
            documents.put(API + Href.to(e), Rendered.json(document(e, kb)));
        }
        for (EntityType type : EntityType.values()) {
            List<Object> list = kb.entities().stream().filter(e -> e.type() == type).map(e -> Views.summary(e, kb)).toList();
            documents.put(API + "/" + type.folder(), Rendered.json(Json.pretty(list)));
        }
        Indexes indexes = new Indexes(kb);
        for (EntityType type : EntityType.values()) {
            pages.put("/" + type.folder(), Rendered.html(Templates.render("index", indexes.page(type, Map.of()))));
        }
        GraphPicture graph = wiki.layout().all();
        pages.put("/", Rendered.html(Templates.render("home", HomePage.of(wiki))));
        pages.put("/graph", Rendered.html(Templates.render("graph", GraphPage.of(wiki, java.util.Optional.empty()))));
        documents.put(API + "/graph", Rendered.json(Json.pretty(graph)));
        List<Finding> warnings = findings.stream().filter(f -> !f.isError()).toList();
        return new Site(content, wiki, pages, documents, graph, warnings, clock.instant(), features.join(), new ResponseCache());
    }

    static Object model(Entity e, Wiki wiki, StatusFile.Read linkStatus) {
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
