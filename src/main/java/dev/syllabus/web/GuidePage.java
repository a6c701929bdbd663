package dev.syllabus.web;

import dev.syllabus.kb.Gap;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.Topic;

import java.util.List;

/** The guide page: each numbered topic with its concept, the picks for it, and the roles nothing fills. */
public record GuidePage(Guide guide, String bodyHtml, List<TopicLine> topics) {
    /** One topic of the guide. */
    public record TopicLine(int number, String title, Link concept, List<ConceptPage.PickLine> picks, List<Link> gaps) {
    }

    static GuidePage of(Guide g, Wiki wiki) {
        return new GuidePage(g, wiki.html(g.body()), g.topics().stream().map(t -> topic(t, wiki)).toList());
    }

    private static TopicLine topic(Topic t, Wiki wiki) {
        Link concept = wiki.link(t.concept());
        List<ConceptPage.PickLine> picks = t.picks().stream().map(p -> ConceptPage.pickLine(p, concept, wiki)).toList();
        List<Link> gaps = t.gaps().stream().map(GuidePage::gap).toList();
        return new TopicLine(t.number(), t.title(), concept, picks, gaps);
    }

    private static Link gap(Gap g) {
        return new Link("#", "no " + Labels.token(g.role()), g.reason());
    }
}
