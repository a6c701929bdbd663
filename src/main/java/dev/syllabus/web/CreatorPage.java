package dev.syllabus.web;

import dev.syllabus.kb.Creator;

import java.util.List;

/** The creator page: who they are and every resource of theirs in the knowledge base. */
public record CreatorPage(Creator creator, String kind, String homepage, List<ResourceLine> resources, boolean estimates,
                          String bodyHtml, boolean math, List<Link> backlinks) {
    static CreatorPage of(Creator c, Wiki wiki) {
        String body = wiki.html(c.body());
        var resources = wiki.kb().resourcesBy(c.slug());
        return new CreatorPage(c, Labels.words(c.kind()), c.homepage().map(Object::toString).orElse(null),
                resources.stream().map(wiki::line).toList(), resources.stream().anyMatch(Lengths::estimated),
                body, MathSpans.present(body), wiki.backlinks(c.slug()));
    }
}
