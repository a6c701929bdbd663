package dev.syllabus.web;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.TopicRef;
import dev.syllabus.kb.WikiLink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where a learner should start on a concept: the guide's picks for it (article and video first, then its alternatives
 * and companions), each with the part of a long video the pick points at; and where the guide picks nothing, the most
 * focused introductory read and video the knowledge base has, saying that they are not the guide's choice.
 */
public final class StartHere {
    /** One starting point; {@code source} links the guide topic that picks it, or is null for a fallback. */
    public record Line(String role, ResourceLine resource, String why, Link source) {
        public boolean guidePick() {
            return source != null;
        }
    }

    /**
     * Most focused first: a resource with a segment on the concept, then the more introductory, then one covering
     * fewer concepts, then the shorter.
     */
    static final Function<Slug, Comparator<Resource>> FOCUS = concept -> Comparator
            .comparingInt((Resource r) -> segmentsOn(r, concept).isEmpty() ? 1 : 0)
            .thenComparing(Resource::level)
            .thenComparingInt(r -> r.covers().size())
            .thenComparing(Resource::minutes)
            .thenComparing(Resource::title);

    private StartHere() {
    }

    static List<Line> of(Concept c, Wiki wiki) {
        List<Line> lines = new ArrayList<>();
        for (PickRole role : PickRole.values()) {
            for (TopicRef ref : wiki.kb().topicsFor(c.slug())) {
                ref.topic().pick(role).ifPresent(p -> lines.add(pick(p, ref, c.slug(), wiki)));
            }
        }
        List<String> taken = lines.stream().map(l -> l.resource().page().href()).toList();
        boolean read = lines.stream().anyMatch(l -> l.role().equals(Labels.words(PickRole.ARTICLE)));
        boolean watch = lines.stream().anyMatch(l -> l.role().equals(Labels.words(PickRole.VIDEO)));
        // The concept's own explanation names the resources its curator recommends: they come before any ranking.
        List<String> cited = WikiLink.findAll(c.body()).stream().map(WikiLink::target).toList();
        if (!read) {
            fallback(c.slug(), wiki, taken, cited, r -> !r.kind().isVideo() && readable(r.kind()), "Read").ifPresent(lines::add);
        }
        if (!watch) {
            fallback(c.slug(), wiki, taken, cited, r -> r.kind().isVideo(), "Watch").ifPresent(lines::add);
        }
        return List.copyOf(lines);
    }

    private static boolean readable(ResourceKind k) {
        return k != ResourceKind.COURSE && k != ResourceKind.BOOK && k != ResourceKind.CODE;
    }

    static Line pick(Pick p, TopicRef ref, Slug concept, Wiki wiki) {
        Guide guide = wiki.kb().get(ref.guide(), Guide.class).orElseThrow();
        Link source = new Link(Href.to(guide) + "#topic-" + ref.topic().number(),
                "the guide's pick for topic " + ref.topic().number(), guide.title());
        String role = Labels.words(p.role());
        Optional<Resource> resource = wiki.kb().get(p.resource(), Resource.class);
        if (resource.isPresent()) {
            Resource r = resource.get();
            List<Parts> parts = p.at().isEmpty() ? segmentsOn(r, concept).stream().map(s -> Parts.of(r, s)).toList()
                    : p.at().stream().map(t -> at(r, t)).toList();
            ResourceLine line = wiki.line(r, parts);
            return new Line(role, line, joined(p.sections().isEmpty() ? "" : "Read " + p.sections() + ".", p.note()), source);
        }
        // Validation lets a pick name only a resource or a paper.
        Paper paper = wiki.kb().get(p.resource(), Paper.class).orElseThrow();
        ResourceLine line = new ResourceLine(Wiki.link(paper), "Paper", List.of(), Lengths.of(paper.readingTime()),
                paper.url().map(Object::toString).orElse(null), List.of(), "");
        return new Line(role, line, p.note(), source);
    }

    private static Parts at(Resource r, Timestamp t) {
        return r.segments().stream().filter(s -> s.start().filter(t::equals).isPresent()).findFirst()
                .map(s -> Parts.of(r, s))
                .orElse(new Parts("from " + t, "", "", r.url().map(u -> u.at(t)).orElse(null), false));
    }

    private static Optional<Line> fallback(Slug concept, Wiki wiki, List<String> taken, List<String> cited,
                                           Predicate<Resource> kind, String role) {
        Comparator<Resource> order = Comparator.comparingInt((Resource r) -> cited.contains(r.slug().value()) ? 0 : 1)
                .thenComparing(FOCUS.apply(concept));
        return wiki.kb().resourcesFor(concept).stream().filter(kind).filter(r -> !taken.contains(Href.to(r)))
                .min(order).map(r -> new Line(role, wiki.line(r, concept), why(r, concept, cited), null));
    }

    private static String why(Resource r, Slug concept, List<String> cited) {
        String level = Labels.words(r.level());
        if (!segmentsOn(r, concept).isEmpty()) {
            return level + "; only the part about this concept.";
        }
        if (cited.contains(r.slug().value())) {
            return level + "; the explanation below recommends it.";
        }
        int others = r.covers().size() - 1;
        return level + (others <= 0 ? "; about this concept alone." : "; covers " + others + " related concept"
                + (others == 1 ? "" : "s") + " as well.");
    }

    static List<Segment> segmentsOn(Resource r, Slug concept) {
        return r.segments().stream().filter(s -> s.concept().filter(concept::equals).isPresent()).toList();
    }

    private static String joined(String a, String b) {
        return (a + " " + b).strip();
    }
}
