package dev.syllabus.view;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.Topic;

import java.util.List;

/**
 * The JSON of one entity with everything its page shows: the list view from {@link Views} plus derived relations
 * (what a concept unlocks, who builds on a paper, backlinks) and the Markdown body. Used by the web API.
 */
public final class Details {
    private Details() {
    }

    /** A link into an entity from another one. */
    public record BacklinkView(String slug, String type, String field) {
    }

    /** A concept with its relations. */
    public record ConceptDetail(Views.ConceptView concept, List<String> unlocks, List<String> requiresAll,
                                List<TopicView> topics, List<Views.ResourceView> resources, List<Views.PaperView> papers,
                                List<BacklinkView> backlinks, String body) {
    }

    /** A paper with the papers that build on it. */
    public record PaperDetail(Views.PaperView paper, List<String> builtUpon, List<BacklinkView> backlinks, String body) {
    }

    /** A resource with what links to it. */
    public record ResourceDetail(Views.ResourceView resource, List<BacklinkView> backlinks, String body) {
    }

    /** A creator with their resources. */
    public record CreatorDetail(Views.CreatorView creator, String body) {
    }

    /** A guide with its topics. */
    public record GuideDetail(String slug, String title, String audience, List<TopicView> topics, String body) {
    }

    /** One topic of a guide. */
    public record TopicView(String guide, int number, String title, String concept, List<PickView> picks,
                            List<GapView> noneExists) {
    }

    /** A pick of a topic. */
    public record PickView(String role, String resource, List<String> at, String sections, String note) {
    }

    /** A role no resource fills, and why. */
    public record GapView(String role, String reason) {
    }

    public static ConceptDetail of(Concept c, KnowledgeBase kb) {
        return new ConceptDetail(Views.of(c), strings(kb.graph().dependentsOf(c.slug())),
                kb.graph().ancestors(c.slug()).stream().map(Slug::value).sorted().toList(),
                kb.topicsFor(c.slug()).stream().map(t -> of(t.guide(), t.topic())).toList(),
                kb.resourcesFor(c.slug()).stream().map(Views::of).toList(),
                kb.papersFor(c.slug()).stream().map(Views::of).toList(), backlinks(c.slug(), kb), c.body());
    }

    public static PaperDetail of(Paper p, KnowledgeBase kb) {
        return new PaperDetail(Views.of(p), kb.builtUpon(p.slug()).stream().map(q -> q.slug().value()).toList(),
                backlinks(p.slug(), kb), p.body());
    }

    public static ResourceDetail of(Resource r, KnowledgeBase kb) {
        return new ResourceDetail(Views.of(r), backlinks(r.slug(), kb), r.body());
    }

    public static CreatorDetail of(Creator c, KnowledgeBase kb) {
        return new CreatorDetail(Views.of(c, kb), c.body());
    }

    public static GuideDetail of(Guide g) {
        return new GuideDetail(g.slug().value(), g.title(), g.audience(),
                g.topics().stream().map(t -> of(g.slug(), t)).toList(), g.body());
    }

    private static TopicView of(Slug guide, Topic t) {
        return new TopicView(guide.value(), t.number(), t.title(), t.concept().value(),
                t.picks().stream().map(Details::of).toList(),
                t.gaps().stream().map(g -> new GapView(g.role().id(), g.reason())).toList());
    }

    private static PickView of(Pick p) {
        return new PickView(p.role().id(), p.resource().value(), p.at().stream().map(Timestamp::toString).toList(),
                p.sections().isEmpty() ? null : p.sections(), p.note().isEmpty() ? null : p.note());
    }

    private static List<BacklinkView> backlinks(Slug slug, KnowledgeBase kb) {
        return kb.backlinks(slug).stream().map(b -> new BacklinkView(b.from().value(), b.fromType().id(), b.field())).toList();
    }

    private static List<String> strings(List<Slug> slugs) {
        return slugs.stream().map(Slug::value).toList();
    }
}
