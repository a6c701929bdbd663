package dev.syllabus.web;

import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.lab.Lab;
import dev.syllabus.links.StatusFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every page of the wiki rendered exactly as {@code serve} renders it, one route at a time, for the static export
 * ({@code dev.syllabus.site}). Links stay root-relative, as the server emits them; the export rewrites them per page.
 * Rendering one route touches no shared mutable state, so routes may be rendered in parallel.
 */
public final class StaticPages {
    /** The search page, rendered empty: a static copy fills it in the browser. */
    public static final String SEARCH = "/search";
    /** The page that stands in for the planner and the API, which need a server. */
    public static final String PLAN = "/plan";
    /** The list of labs; each lab's page follows it, showing the result of its default inputs. */
    public static final String LABS = "/labs";
    /** The page a static host shows for an unknown address. */
    public static final String NOT_FOUND = "/404";

    private static final String CONCEPT_PAGES = "/" + EntityType.CONCEPT.folder() + "/";
    private static final List<String> ENTITY_PAGES = java.util.Arrays.stream(EntityType.values())
            .map(t -> "/" + t.folder() + "/").toList();

    private final KnowledgeBase kb;
    private final Wiki wiki;
    private final StatusFile.Read linkStatus;
    private final Indexes indexes;

    public StaticPages(LoadedContent content) {
        this.kb = content.kb();
        this.wiki = new Wiki(kb);
        this.linkStatus = StatusFile.read(content.root());
        this.indexes = new Indexes(kb);
    }

    /** Every route, in a stable order: home, list pages, entity pages, graphs, labs, search, plan and the 404 page. */
    public List<String> routes() {
        List<String> routes = new ArrayList<>();
        routes.add("/");
        for (EntityType type : EntityType.values()) {
            routes.add("/" + type.folder());
        }
        kb.entities().stream().map(Href::to).sorted().forEach(routes::add);
        routes.add("/graph");
        for (Area a : Area.values()) {
            if (kb.concepts().stream().anyMatch(c -> c.area() == a)) {
                routes.add("/graph?area=" + a.id());
            }
        }
        routes.add(LABS);
        for (Lab lab : Lab.values()) {
            routes.add(LABS + "/" + lab.id());
        }
        routes.addAll(List.of(SEARCH, PLAN, NOT_FOUND));
        return routes;
    }

    /**
     * The routes of {@link #routes()}, the slow kinds first, for rendering on several cores: the pages that are not an
     * entity's (home, lists, graphs, labs, search, plan, 404; a lab, a graph or a list takes far longer than an entity
     * page, and one left for last keeps a core busy after the others have run out of pages), then concepts, each with
     * its prerequisites laid out, then the other entities.
     */
    public List<String> renderOrder() {
        List<String> order = new ArrayList<>();
        List<String> concepts = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (String route : routes()) {
            if (route.startsWith(CONCEPT_PAGES)) {
                concepts.add(route);
            } else if (ENTITY_PAGES.stream().anyMatch(route::startsWith)) {
                entities.add(route);
            } else {
                order.add(route);
            }
        }
        order.addAll(concepts);
        order.addAll(entities);
        return order;
    }

    /** The page at a route of {@link #routes()}. */
    public String render(String route) {
        if (route.equals("/")) {
            return Templates.render("home", HomePage.of(wiki));
        } else if (route.equals("/graph")) {
            return Templates.render("graph", GraphPage.of(wiki, Optional.empty()));
        } else if (route.startsWith("/graph?area=")) {
            return Templates.render("graph", GraphPage.of(wiki, Area.fromId(route.substring("/graph?area=".length()))));
        } else if (route.equals(SEARCH)) {
            return Templates.render("search", new SearchPage("", 0, 0, List.of(), List.of(), List.of(), List.of(), null,
                    null, List.of(), null, Map.of()));
        } else if (route.equals(PLAN)) {
            return Templates.render("staticplan", new StaticPlanPage(
                    kb.paths().stream().map(Wiki::link).toList(), GoalOption.all(kb)));
        } else if (route.equals(LABS)) {
            return Templates.render("labs", LabsPage.of(wiki));
        } else if (route.startsWith(LABS + "/")) {
            Lab lab = Lab.of(route.substring(LABS.length() + 1)).orElseThrow(() -> new IllegalArgumentException("no lab at " + route));
            return Templates.render("lab", LabPage.of(LabPanels.forLab(lab), wiki));
        } else if (route.equals(NOT_FOUND)) {
            return Templates.render("notfound", new LinkedHashMap<>(Map.of("wanted", "this address", "suggestions", List.of())));
        }
        for (EntityType type : EntityType.values()) {
            String folder = "/" + type.folder();
            if (route.equals(folder)) {
                return Templates.render("index", indexes.page(type, Map.of()));
            }
            if (route.startsWith(folder + "/")) {
                Entity e = kb.get(dev.syllabus.kb.Slug.of(route.substring(folder.length() + 1)))
                        .filter(x -> x.type() == type)
                        .orElseThrow(() -> new IllegalArgumentException("no entity at " + route));
                return ProgressMarkers.strip(Templates.render(type.id(), SiteBuilder.model(e, wiki, linkStatus)));
            }
        }
        throw new IllegalArgumentException("no static page at " + route);
    }

    /** The stylesheet, scripts, KaTeX and its fonts by their root-relative address, as the server serves them. */
    public static Map<String, byte[]> assets() {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        Assets.all().forEach((path, asset) -> files.put(path, asset.body()));
        return files;
    }

    /** The address of the labs' script, which needs a server to compute and which a static copy leaves out. */
    public static String labScript() {
        return Assets.labJs();
    }

    /** The address of the wiki's own script, before which a static copy loads its search. */
    public static String siteScript() {
        return Assets.js();
    }
}
