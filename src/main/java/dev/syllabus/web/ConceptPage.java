package dev.syllabus.web;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Prerequisite;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The concept page: summary, "Start here" (the guide's article and video picks, or the most focused introductory ones,
 * with the part of a long video that covers the concept), the prose with its formulas, prerequisites with reasons (hard
 * ones to learn first, soft ones as background), what the concept includes and what it unlocks, every other resource by level, the papers, the backlinks and the prerequisite subgraph.
 */
public record ConceptPage(Concept concept, String area, Aliases aliases, String bodyHtml, boolean math,
                          List<Link> prerequisites, List<Link> background, List<Link> includes, List<Link> unlocks, List<StartHere.Line> startHere,
                          List<LevelGroup> more, boolean estimates, List<Link> papers, List<Link> related,
                          List<Link> backlinks, String svg, List<GraphPage.ListArea> requires) {
    /** The resources of one level that are not among the starting points. */
    public record LevelGroup(String level, List<ResourceLine> resources) {
    }

    static ConceptPage of(Concept c, Wiki wiki) {
        Slug slug = c.slug();
        List<Link> prerequisites = c.prerequisites().stream().filter(Prerequisite::isHard)
                .map(p -> wiki.link(p.concept(), p.reason())).toList();
        List<Link> background = c.prerequisites().stream().filter(p -> !p.isHard())
                .map(p -> wiki.link(p.concept(), p.reason())).toList();
        List<StartHere.Line> start = StartHere.of(c, wiki);
        Set<String> started = new HashSet<>();
        start.forEach(s -> started.add(s.resource().page().href()));
        List<Resource> rest = wiki.kb().resourcesFor(slug).stream().filter(r -> !started.contains(Href.to(r))).toList();
        List<Link> papers = wiki.kb().papersFor(slug).stream()
                .map(p -> new Link(Href.to(p), p.title(), p.shortAuthors() + ", " + p.year())).toList();
        boolean estimates = wiki.kb().resourcesFor(slug).stream().anyMatch(Lengths::estimated);
        String body = wiki.html(c.body());
        GraphPicture picture = wiki.layout().around(slug);
        String svg = picture.svg(slug.value(), "Prerequisites of " + c.title(), "graph-" + slug.value());
        return new ConceptPage(c, c.area().label(), Aliases.of(c.title(), c.aliases()), body, MathSpans.present(body),
                prerequisites, background, wiki.links(c.includes()), wiki.links(wiki.kb().graph().dependentsOf(slug)), start, byLevel(rest, slug, wiki),
                estimates, papers, wiki.links(c.related()), wiki.backlinks(slug), svg, GraphPage.list(wiki, picture));
    }

    private static List<LevelGroup> byLevel(List<Resource> resources, Slug concept, Wiki wiki) {
        List<LevelGroup> groups = new ArrayList<>();
        for (Level level : Level.values()) {
            List<ResourceLine> lines = resources.stream().filter(r -> r.level() == level)
                    .sorted(StartHere.FOCUS.apply(concept)).map(r -> wiki.line(r, concept)).toList();
            if (!lines.isEmpty()) {
                groups.add(new LevelGroup(Labels.words(level), lines));
            }
        }
        return groups;
    }
}
