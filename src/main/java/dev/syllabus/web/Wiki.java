package dev.syllabus.web;

import dev.syllabus.kb.Backlink;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** A resource with no part singled out. */
    ResourceLine line(Resource r) {
        return line(r, List.of());
    }

    /** A resource with the parts of it that teach {@code concept}, each as a deep link. */
    ResourceLine line(Resource r, Slug concept) {
        return line(r, StartHere.segmentsOn(r, concept).stream().map(s -> Parts.of(r, s)).toList());
    }

    ResourceLine line(Resource r, List<Parts> parts) {
        return new ResourceLine(link(r), Labels.words(r.kind()), links(r.creators()), Lengths.of(r),
                r.url().map(Object::toString).orElse(null), parts, r.note());
    }

    SegmentLink segment(Resource r, Segment s) {
        Link concept = s.concept().map(this::link).orElse(null);
        String href = s.sourceAddress().map(Object::toString).orElse(null);
        String note = href == null && !s.source().isEmpty() ? s.source() : null;
        return new SegmentLink(Parts.of(r, s), s.covers(), concept, href, note);
    }
}
