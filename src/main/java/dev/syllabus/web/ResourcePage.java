package dev.syllabus.web;

import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.Resource;

import java.util.List;

/** The resource page: what it is, who made it, how long it takes, what it covers and where each segment starts. */
public record ResourcePage(Resource resource, ResourceLine line, List<String> alternateUrls, List<Link> covers,
                           List<SegmentLink> segments, List<String> defects, String bodyHtml, List<Link> backlinks) {
    static ResourcePage of(Resource r, Wiki wiki) {
        return new ResourcePage(r, wiki.line(r, s -> false), r.alternateUrls().stream().map(Object::toString).toList(),
                wiki.links(r.covers()), r.segments().stream().map(s -> wiki.segment(r, s)).toList(),
                r.defects().stream().map(ResourcePage::describe).toList(), wiki.html(r.body()), wiki.backlinks(r.slug()));
    }

    private static String describe(KnownDefect d) {
        return Labels.token(d.kind()) + (d.note().isEmpty() ? "" : ": " + d.note());
    }

    public String level() {
        return Labels.token(resource.level());
    }

    public String access() {
        return Labels.token(resource.access());
    }
}
