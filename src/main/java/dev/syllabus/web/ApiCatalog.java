package dev.syllabus.web;

import dev.syllabus.kb.Access;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every route of the JSON API with the query parameters it accepts. The routes are registered from this list, unknown
 * parameters are rejected against it, and the OpenAPI document is written from it, so the three cannot drift apart.
 */
final class ApiCatalog {
    /** One query parameter; {@code choices} is empty when any value of the described form is accepted. */
    record Param(String name, String description, boolean required, boolean repeatable, List<String> choices) {
        static Param of(String name, String description) {
            return new Param(name, description, false, false, List.of());
        }

        static <E extends Enum<E> & Token> Param choice(String name, String description, Class<E> type) {
            List<String> ids = java.util.Arrays.stream(type.getEnumConstants()).map(Token::id).toList();
            return new Param(name, description, false, false, ids);
        }

        Param asRequired() {
            return new Param(name, description, true, repeatable, choices);
        }

        Param asRepeatable() {
            return new Param(name, description, required, true, choices);
        }
    }

    /** One route: its path (with {slug} where it takes one), a one-line summary, and its parameters. */
    record Route(String path, String summary, String schema, List<Param> params) {
        boolean takesSlug() {
            return path.contains("{slug}");
        }
    }

    static final String API = SiteBuilder.API;
    private static final List<Route> ROUTES = build();

    private ApiCatalog() {
    }

    static List<Route> routes() {
        return ROUTES;
    }

    static Optional<Route> route(String path) {
        return ROUTES.stream().filter(r -> r.path().equals(path)).findFirst();
    }

    private static List<Param> resourceFilters() {
        return List.of(
                Param.choice("kind", "Only resources of this kind.", ResourceKind.class),
                Param.of("creator", "Only resources by this creator (a slug)."),
                Param.of("concept", "Only resources that teach this concept, whole or in a segment (a slug)."),
                Param.choice("level", "Only resources at this level.", Level.class),
                Param.choice("access", "Only resources with this access.", Access.class));
    }

    private static List<Route> build() {
        List<Route> r = new ArrayList<>();
        r.add(new Route(API + "/concepts", "Concepts, in curriculum order.", "ConceptList",
                List.of(Param.choice("area", "Only concepts of this curriculum area.", Area.class))));
        r.add(new Route(API + "/concepts/{slug}", "One concept with prerequisites, unlocks, resources, papers and backlinks.",
                "ConceptDetail", List.of()));
        r.add(new Route(API + "/papers", "Papers.", "PaperList",
                List.of(Param.of("introduces", "Only papers that introduced this concept (a slug)."))));
        r.add(new Route(API + "/papers/{slug}", "One paper with its lineage both ways.", "PaperDetail", List.of()));
        r.add(new Route(API + "/resources", "Resources, filtered.", "ResourceList", resourceFilters()));
        r.add(new Route(API + "/resources/{slug}", "One resource with its segments and deep links.", "ResourceDetail", List.of()));
        r.add(new Route(API + "/creators", "Creators.", "CreatorList",
                List.of(Param.choice("kind", "Only creators of this kind.", CreatorKind.class))));
        r.add(new Route(API + "/creators/{slug}", "One creator and their resources.", "CreatorDetail", List.of()));
        r.add(new Route(API + "/paths", "Curated learning paths.", "PathList", List.of()));
        r.add(new Route(API + "/paths/{slug}", "One learning path with phases, item times and totals, as `syllabus path --format json` writes it.", "PathReport", List.of()));
        r.add(new Route(API + "/guides", "Curated guides.", "GuideList", List.of()));
        r.add(new Route(API + "/guides/{slug}", "One guide with its topics and picks.", "GuideDetail", List.of()));
        r.add(new Route(API + "/graph", "The prerequisite graph, laid out: areas as bands, nodes with positions, edges.",
                "Graph", List.of()));
        r.addAll(SearchRoutes.apiRoutes());
        r.addAll(PlanRoutes.apiRoutes());
        r.addAll(LabRoutes.apiRoutes());
        r.add(new Route(API + "/openapi.json", "This document.", "OpenApi", List.of()));
        return List.copyOf(r);
    }
}
