package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.Topic;

import java.util.ArrayList;
import java.util.List;

/** Every guide topic has an article pick and a video pick, or says explicitly that no suitable one exists. */
final class GuideTopicRule implements Rule {
    private static final List<PickRole> REQUIRED = List.of(PickRole.ARTICLE, PickRole.VIDEO);

    @Override
    public List<Finding> check(LoadedContent content) {
        List<Finding> out = new ArrayList<>();
        for (Guide g : content.kb().guides()) {
            for (int t = 0; t < g.topics().size(); t++) {
                Topic topic = g.topics().get(t);
                String pointer = "/topics/" + t;
                for (PickRole role : REQUIRED) {
                    if (!topic.covers(role)) {
                        out.add(Finding.error("guide-topic-incomplete", content.fileOf(g),
                                content.sourceOf(g.slug()).map(s -> s.lineOf(pointer)).orElse(0),
                                "topic " + topic.number() + " (" + topic.title() + ") has no " + role.id() + " pick: add one, or a "
                                        + "none_exists entry with role " + role.id() + " and the reason"));
                    }
                }
            }
        }
        return out;
    }
}
