package dev.syllabus.web;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The graph page: the whole prerequisite graph or one area's part of it, with a legend of the areas' colours, a filter
 * by area that works as a plain form, and the same graph as a list by area for screens too small to read a picture.
 */
public record GraphPage(String svg, String id, int concepts, int edges, List<AreaKey> legend, String area,
                        String areaLabel, List<ListArea> list) {
    /** An area in the legend and the filter. */
    public record AreaKey(String id, String label, String colour, int count) {
    }

    /** The concepts of one area in the list form, each with what it needs. */
    public record ListArea(String label, List<ListItem> concepts) {
    }

    /** A concept in the list form with its hard prerequisites and its background (soft) ones. */
    public record ListItem(Link concept, List<Link> needs, List<Link> background) {
    }

    static GraphPage of(Wiki wiki, Optional<Area> area) {
        GraphPicture picture = area.map(a -> wiki.layout().area(a)).orElseGet(() -> wiki.layout().all());
        List<AreaKey> legend = new ArrayList<>();
        for (Area a : Area.values()) {
            int n = (int) wiki.kb().concepts().stream().filter(c -> c.area() == a).count();
            if (n > 0) {
                legend.add(new AreaKey(a.id(), a.label(), GraphPicture.colour(a), n));
            }
        }
        String label = area.map(a -> "Prerequisite graph of " + a.label()).orElse("Prerequisite graph of every concept");
        return new GraphPage(picture.svg(null, label, "graph-all"), "graph-all", picture.nodes().size(),
                picture.edges().size(), legend, area.map(Area::id).orElse(""), area.map(Area::label).orElse(""),
                list(wiki, picture));
    }

    /** The picture's concepts by area, in the order a learner meets them, each with the prerequisites it needs. */
    static List<ListArea> list(Wiki wiki, GraphPicture picture) {
        Map<Area, List<ListItem>> byArea = new TreeMap<>();
        List<Concept> shown = picture.nodes().stream().flatMap(n -> wiki.kb().get(Slug.of(n.slug()), Concept.class).stream()).toList();
        // Counted once each: the sort compares every concept many times, and each count walks its ancestry.
        Map<Slug, Integer> ancestry = new java.util.HashMap<>();
        shown.forEach(c -> ancestry.put(c.slug(), wiki.kb().graph().ancestors(c.slug()).size()));
        List<Concept> concepts = shown.stream().sorted(java.util.Comparator.comparingInt((Concept c) -> ancestry.get(c.slug()))
                .thenComparing(Concept::title)).toList();
        for (Concept c : concepts) {
            byArea.computeIfAbsent(c.area(), a -> new ArrayList<>()).add(new ListItem(Wiki.link(c),
                    wiki.links(c.hardPrerequisiteSlugs()), wiki.links(c.prerequisites().stream()
                            .filter(p -> !p.isHard()).map(p -> p.concept()).toList())));
        }
        return byArea.entrySet().stream().map(e -> new ListArea(e.getKey().label(), List.copyOf(e.getValue()))).toList();
    }
}
