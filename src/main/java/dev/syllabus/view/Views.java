package dev.syllabus.view;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Prerequisite;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;

import java.util.List;

/**
 * The JSON shapes of the knowledge base, shared by the CLI and the web API so both speak the same language. Views are
 * plain records of strings, numbers and lists; absent values are null and left out of the JSON.
 */
public final class Views {
    private Views() {
    }

    /** A resource in lists and API responses. */
    public record ResourceView(String slug, String kind, String title, List<String> creators, String url,
                               List<String> alternateUrls, int minutes, String lengthBasis, List<String> covers,
                               List<SegmentView> segments, String level, String access, String note, List<String> defects) {
    }

    /**
     * A segment with its deep link (null when it has neither a time nor an address of its own) and where its time
     * came from.
     */
    public record SegmentView(String at, String section, String covers, String concept, int minutes, String deepLink,
                              boolean approximate, String source) {
    }

    /** A paper in lists and API responses. */
    public record PaperView(String slug, String title, List<String> authors, int year, String venue, String arxiv,
                            String url, List<String> introduces, List<String> buildsOn, int readingMinutes,
                            String readingAdvice, String level) {
    }

    /** A concept in lists and API responses. */
    public record ConceptView(String slug, String title, String area, List<String> aliases, String summary,
                              List<PrerequisiteView> prerequisites, List<String> includes, List<String> related) {
    }

    /** A prerequisite edge with its reason and its strength ({@code hard} or {@code soft}). */
    public record PrerequisiteView(String concept, String reason, String strength) {
    }

    /** A creator and the resources they made. */
    public record CreatorView(String slug, String name, String kind, String homepage, List<String> aliases,
                              List<String> resources) {
    }

    /** A learning path in lists. */
    public record PathSummary(String slug, String title, String statedTotal, int phases) {
    }

    /** A guide in lists. */
    public record GuideSummary(String slug, String title, int topics) {
    }

    public static ResourceView of(Resource r) {
        return new ResourceView(r.slug().value(), r.kind().id(), r.title(), strings(r.creators()),
                r.url().map(Object::toString).orElse(null), r.alternateUrls().stream().map(Object::toString).toList(),
                r.minutes().value(), r.lengthBasis().id(), strings(r.covers()),
                r.segments().stream().map(s -> of(r, s)).toList(), r.level().id(), r.access().id(),
                r.note().isEmpty() ? null : r.note(), r.defects().stream().map(d -> d.kind().id()).toList());
    }

    public static SegmentView of(Resource r, Segment s) {
        return new SegmentView(s.start().map(Object::toString).orElse(null), s.section().isEmpty() ? null : s.section(),
                s.covers(), s.concept().map(Slug::value).orElse(null), r.minutesOf(s).value(),
                r.deepLink(s).orElse(null), s.approximate(), s.source().isEmpty() ? null : s.source());
    }

    public static PaperView of(Paper p) {
        return new PaperView(p.slug().value(), p.title(), p.authors(), p.year(), p.venue(), p.arxiv().orElse(null),
                p.url().map(Object::toString).orElse(null), strings(p.introduces()), strings(p.buildsOn()),
                p.readingTime().value(), p.readingAdvice().isEmpty() ? null : p.readingAdvice(), p.level().id());
    }

    public static ConceptView of(Concept c) {
        return new ConceptView(c.slug().value(), c.title(), c.area().id(), c.aliases(), c.summary(),
                c.prerequisites().stream().map(Views::of).toList(), strings(c.includes()), strings(c.related()));
    }

    public static PrerequisiteView of(Prerequisite p) {
        return new PrerequisiteView(p.concept().value(), p.reason().isEmpty() ? null : p.reason(), p.strength().id());
    }

    public static CreatorView of(Creator c, KnowledgeBase kb) {
        return new CreatorView(c.slug().value(), c.name(), c.kind().id(), c.homepage().map(Object::toString).orElse(null),
                c.aliases(), kb.resourcesBy(c.slug()).stream().map(r -> r.slug().value()).toList());
    }

    public static PathSummary of(LearningPath p) {
        return new PathSummary(p.slug().value(), p.title(), p.statedTotal().map(Object::toString).orElse(null),
                p.phases().size());
    }

    public static GuideSummary of(Guide g) {
        return new GuideSummary(g.slug().value(), g.title(), g.topics().size());
    }

    /** The list view of any entity. */
    public static Object summary(Entity e, KnowledgeBase kb) {
        if (e instanceof Concept c) {
            return of(c);
        } else if (e instanceof Paper p) {
            return of(p);
        } else if (e instanceof Resource r) {
            return of(r);
        } else if (e instanceof Creator c) {
            return of(c, kb);
        } else if (e instanceof LearningPath p) {
            return of(p);
        }
        return of((Guide) e);
    }

    private static List<String> strings(List<Slug> slugs) {
        return slugs.stream().map(Slug::value).toList();
    }
}
