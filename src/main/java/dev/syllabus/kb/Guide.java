package dev.syllabus.kb;

import java.util.ArrayList;
import java.util.List;

/** A curated guide: ordered topics, each mapping a concept to the resources the curator picked for it. */
public record Guide(Slug slug, String title, String audience, List<Topic> topics, String body) implements Entity {
    public Guide {
        audience = audience == null ? "" : audience.strip();
        topics = List.copyOf(topics);
        body = body == null ? "" : body;
    }

    @Override
    public EntityType type() {
        return EntityType.GUIDE;
    }

    @Override
    public <R> R match(java.util.function.Function<Concept, R> concept, java.util.function.Function<Paper, R> paper,
                       java.util.function.Function<Resource, R> resource, java.util.function.Function<Creator, R> creator,
                       java.util.function.Function<LearningPath, R> path, java.util.function.Function<Guide, R> guide) {
        return guide.apply(this);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            Topic topic = topics.get(t);
            refs.add(Reference.field(topic.concept(), "/topics/" + t + "/concept", EntityType.CONCEPT));
            for (int p = 0; p < topic.picks().size(); p++) {
                refs.add(Reference.field(topic.picks().get(p).resource(), "/topics/" + t + "/picks/" + p + "/resource",
                        EntityType.RESOURCE, EntityType.PAPER));
            }
        }
        refs.addAll(WikiLink.referencesIn(body));
        return refs;
    }
}
