package dev.syllabus.web;

import dev.syllabus.kb.Gap;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.Topic;
import dev.syllabus.kb.TopicRef;

import java.util.List;

/**
 * The guide page: a table of contents, then each numbered topic with its concept, the picks for it (with the parts of
 * long videos they point at) and the roles nothing fills.
 */
public record GuidePage(Guide guide, String bodyHtml, boolean math, List<TopicLine> topics) {
    /** One topic of the guide. */
    public record TopicLine(int number, String title, Link concept, List<StartHere.Line> picks, List<Link> gaps) {
    }

    static GuidePage of(Guide g, Wiki wiki) {
        String body = wiki.html(g.body());
        return new GuidePage(g, body, MathSpans.present(body), g.topics().stream().map(t -> topic(g, t, wiki)).toList());
    }

    private static TopicLine topic(Guide g, Topic t, Wiki wiki) {
        Link concept = wiki.link(t.concept());
        TopicRef ref = new TopicRef(g.slug(), t);
        List<StartHere.Line> picks = t.picks().stream().map(p -> StartHere.pick(p, ref, t.concept(), wiki)).toList();
        List<Link> gaps = t.gaps().stream().map(GuidePage::gap).toList();
        return new TopicLine(t.number(), t.title(), concept, picks, gaps);
    }

    private static Link gap(Gap g) {
        return new Link("#", "No " + Labels.token(g.role()), g.reason());
    }

    /** Long enough to need a table of contents beside it. */
    public boolean needsContents() {
        return topics.size() > 4;
    }
}
