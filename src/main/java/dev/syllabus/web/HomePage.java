package dev.syllabus.web;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The home page: the curriculum map by area in order, the curated paths and guides, search and the plan builder. */
public record HomePage(List<AreaLine> areas, List<Link> paths, List<GuideLine> guides, List<GoalOption> goals,
                       int concepts, int resources, int papers) {
    /** An area with its concepts, prerequisites before the concepts that need them. */
    public record AreaLine(String id, String label, List<Link> concepts) {
    }

    /** A guide with its topics in order. */
    public record GuideLine(String id, Link guide, List<Link> topics) {
    }

    static HomePage of(Wiki wiki) {
        KnowledgeBase kb = wiki.kb();
        List<Link> paths = kb.paths().stream().map(p -> new Link(Href.to(p), p.title(), p.audience())).toList();
        List<GuideLine> guides = kb.guides().stream().map(g -> guide(g, wiki)).toList();
        return new HomePage(areas(kb), paths, guides, GoalOption.all(kb), kb.concepts().size(), kb.resources().size(),
                kb.papers().size());
    }

    private static List<AreaLine> areas(KnowledgeBase kb) {
        Map<Area, List<Concept>> byArea = new TreeMap<>();
        kb.concepts().forEach(c -> byArea.computeIfAbsent(c.area(), a -> new ArrayList<>()).add(c));
        Comparator<Concept> order = Comparator.comparingInt((Concept c) -> kb.graph().ancestors(c.slug()).size())
                .thenComparing(Concept::title);
        return byArea.entrySet().stream().map(e -> new AreaLine(e.getKey().id(), e.getKey().label(),
                e.getValue().stream().sorted(order).map(c -> new Link(Href.to(c), c.title(), c.summary())).toList())).toList();
    }

    private static GuideLine guide(Guide g, Wiki wiki) {
        List<Link> topics = g.topics().stream()
                .map(t -> new Link(Href.concept(t.concept()), t.title(), String.valueOf(t.number()))).toList();
        return new GuideLine("guide-" + g.slug().value(), Wiki.link(g), topics);
    }

}
