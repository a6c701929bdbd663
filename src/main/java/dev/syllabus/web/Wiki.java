package dev.syllabus.web;

import dev.syllabus.kb.Backlink;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** What every page model needs from one loaded knowledge base: links by slug, Markdown, backlinks, resource lines. */
final class Wiki {
    private final KnowledgeBase kb;
    private final Markdown markdown;
    private final GraphLayout layout;

    Wiki(KnowledgeBase kb) {
        this.kb = kb;
        this.markdown = new Markdown(kb);
        this.layout = new GraphLayout(kb);
    }

    KnowledgeBase kb() {
        return kb;
    }

    GraphLayout layout() {
        return layout;
    }

    String html(String body) {
        return markdown.render(body);
    }

    /** A link to the entity's page; an unknown slug (never in validated content) is shown as plain text. */
    Link link(Slug slug, String note) {
        return kb.get(slug).map(e -> new Link(Href.to(e), e.title(), note)).orElse(new Link("#", slug.value(), note));
    }

    Link link(Slug slug) {
        return link(slug, "");
    }

    static Link link(Entity e) {
        return new Link(Href.to(e), e.title(), "");
    }

    List<Link> links(List<Slug> slugs) {
        return slugs.stream().map(this::link).toList();
    }

    /** Every entity that links here, once each, noted with its kind. */
    List<Link> backlinks(Slug slug) {
        Set<Slug> seen = new LinkedHashSet<>();
        List<Link> out = new ArrayList<>();
        for (Backlink b : kb.backlinks(slug)) {
            if (!b.from().equals(slug) && seen.add(b.from())) {
                out.add(link(b.from(), Labels.singular(b.fromType())));
            }
        }
        return out;
    }

    /** A resource with the segments {@code showSegment} selects as deep links. */
    ResourceLine line(Resource r, Predicate<Segment> showSegment) {
        List<SegmentLink> segments = r.segments().stream().filter(showSegment).map(s -> segment(r, s)).toList();
        return new ResourceLine(link(r), Labels.token(r.kind()), links(r.creators()), length(r),
                r.url().map(Object::toString).orElse(null), segments, r.note());
    }

    SegmentLink segment(Resource r, Segment s) {
        Link concept = s.concept().map(this::link).orElse(null);
        Optional<String> deep = r.deepLink(s);
        String href = s.sourceAddress().map(Object::toString).orElse(null);
        String note = href == null && !s.source().isEmpty() ? s.source() : null;
        return new SegmentLink(s.label(), s.covers(), concept, deep.orElse(null), r.minutesOf(s).toString(), href, note);
    }

    static String length(Resource r) {
        return r.minutes() + (r.lengthBasis() == LengthBasis.ESTIMATED ? " (estimated)" : "");
    }
}
