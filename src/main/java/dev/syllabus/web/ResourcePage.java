package dev.syllabus.web;

import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.Resource;
import dev.syllabus.links.StatusFile;

import java.util.ArrayList;
import java.util.List;

/** The resource page: what it is, who made it, how long it takes, what it covers and where each segment starts. */
public record ResourcePage(Resource resource, ResourceLine line, List<String> alternateUrls, List<Link> covers,
                           List<SegmentLink> segments, List<String> defects, String bodyHtml, boolean math,
                           List<Link> backlinks, List<LinkHealth> health) {
    /** The last link check of one of the resource's addresses: "ok, last checked 2026-11-23", and whether it failed. */
    public record LinkHealth(String address, String status, boolean broken) {
    }

    static ResourcePage of(Resource r, Wiki wiki, StatusFile.Read statuses) {
        String body = wiki.html(r.body());
        return new ResourcePage(r, wiki.line(r), r.alternateUrls().stream().map(Object::toString).toList(),
                wiki.links(r.covers()), r.segments().stream().map(s -> wiki.segment(r, s)).toList(),
                r.defects().stream().map(ResourcePage::describe).toList(), body, MathSpans.present(body),
                wiki.backlinks(r.slug()), health(r, statuses));
    }

    /** Statuses are stored under the address as the content writes it: the resource's written url, then its alternates. */
    private static List<LinkHealth> health(Resource r, StatusFile.Read statuses) {
        List<String> addresses = new ArrayList<>();
        r.written().or(() -> r.url().map(Object::toString)).ifPresent(addresses::add);
        r.alternateUrls().forEach(u -> addresses.add(u.value()));
        List<LinkHealth> out = new ArrayList<>();
        for (String a : addresses) {
            statuses.of(a).ifPresent(s -> out.add(new LinkHealth(a, s.describe(), s.verdict().isProblem())));
        }
        return out;
    }

    private static String describe(KnownDefect d) {
        return Labels.words(d.kind()) + (d.note().isEmpty() ? "" : ": " + d.note());
    }

    public String level() {
        return Labels.words(resource.level());
    }

    public String access() {
        return Labels.words(resource.access());
    }

    public boolean estimated() {
        return Lengths.estimated(resource);
    }

    /** The kind inside a sentence: "Open the blog post". */
    public String kindInSentence() {
        return Labels.token(resource.kind());
    }
}
