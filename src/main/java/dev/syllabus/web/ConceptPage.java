package dev.syllabus.web;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.TopicRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The concept page: summary and prose, prerequisites with reasons and what the concept unlocks, the guides' picks
 * first, then every other resource, the papers, the backlinks and the prerequisite subgraph as a picture.
 */
public record ConceptPage(Concept concept, String area, String bodyHtml, List<Link> prerequisites, List<Link> unlocks,
                          List<PickLine> picks, List<ResourceLine> resources, List<Link> papers, List<Link> related,
                          List<Link> backlinks, String svg) {

    /** A guide's pick for this concept's topic, with the timestamps it points at. */
    public record PickLine(String role, Link topic, ResourceLine resource, List<SegmentLink> at, String sections,
                           String note) {
    }

    static ConceptPage of(Concept c, Wiki wiki) {
        Slug slug = c.slug();
        List<Link> prerequisites = c.prerequisites().stream().map(p -> wiki.link(p.concept(), p.reason())).toList();
        List<PickLine> picks = picks(slug, wiki);
        Set<String> picked = new HashSet<>();
        picks.forEach(p -> picked.add(p.resource().page().href()));
        List<ResourceLine> others = wiki.kb().resourcesFor(slug).stream()
                .map(r -> wiki.line(r, s -> s.concept().filter(slug::equals).isPresent()))
                .filter(line -> !picked.contains(line.page().href())).toList();
        List<Link> papers = wiki.kb().papersFor(slug).stream()
                .map(p -> new Link(Href.to(p), p.title(), p.shortAuthors() + ", " + p.year())).toList();
        String svg = wiki.layout().around(slug).svg(slug.value(), "Prerequisites of " + c.title());
        return new ConceptPage(c, Labels.token(c.area()), wiki.html(c.body()), prerequisites,
                wiki.links(wiki.kb().graph().dependentsOf(slug)), picks, others, papers, wiki.links(c.related()),
                wiki.backlinks(slug), svg);
    }

    private static List<PickLine> picks(Slug concept, Wiki wiki) {
        List<PickLine> lines = new ArrayList<>();
        for (TopicRef ref : wiki.kb().topicsFor(concept)) {
            Guide guide = wiki.kb().get(ref.guide(), Guide.class).orElseThrow();
            Link topic = new Link(Href.to(guide) + "#topic-" + ref.topic().number(),
                    "Topic " + ref.topic().number() + ": " + ref.topic().title(), guide.title());
            for (Pick pick : ref.topic().picks()) {
                lines.add(pickLine(pick, topic, wiki));
            }
        }
        return lines;
    }

    static PickLine pickLine(Pick pick, Link topic, Wiki wiki) {
        var entity = wiki.kb().get(pick.resource()).orElse(null);
        if (entity instanceof Resource r) {
            List<SegmentLink> at = pick.at().stream().map(t -> r.segmentAt(t).map(s -> wiki.segment(r, s))
                    .orElse(new SegmentLink("at " + t, "", null, r.url().map(u -> u.at(t)).orElse(null), "")))
                    .toList();
            return new PickLine(Labels.token(pick.role()), topic, wiki.line(r, s -> false), at, pick.sections(), pick.note());
        }
        Link page = wiki.link(pick.resource(), "paper");
        ResourceLine line = new ResourceLine(page, "paper", List.of(), "", null, List.of(), "");
        return new PickLine(Labels.token(pick.role()), topic, line, List.of(), pick.sections(), pick.note());
    }
}
