package dev.syllabus.web;

import dev.syllabus.kb.Creator;

import java.util.List;

/** The creator page: who they are and every resource of theirs in the knowledge base. */
public record CreatorPage(Creator creator, String kind, String homepage, List<ResourceLine> resources, String bodyHtml,
                          List<Link> backlinks) {
    static CreatorPage of(Creator c, Wiki wiki) {
        return new CreatorPage(c, Labels.token(c.kind()), c.homepage().map(Object::toString).orElse(null),
                wiki.kb().resourcesBy(c.slug()).stream().map(r -> wiki.line(r, s -> false)).toList(),
                wiki.html(c.body()), wiki.backlinks(c.slug()));
    }
}
