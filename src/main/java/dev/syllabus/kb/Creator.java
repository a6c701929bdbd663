package dev.syllabus.kb;

import java.util.List;
import java.util.Optional;

/** A person, channel or organisation that made resources; which resources is derived by the knowledge base. */
public record Creator(Slug slug, String name, CreatorKind kind, Optional<CanonicalUrl> homepage, List<String> aliases,
                      String body) implements Entity {
    public Creator {
        aliases = List.copyOf(aliases);
        body = body == null ? "" : body;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public EntityType type() {
        return EntityType.CREATOR;
    }

    @Override
    public <R> R match(java.util.function.Function<Concept, R> concept, java.util.function.Function<Paper, R> paper,
                       java.util.function.Function<Resource, R> resource, java.util.function.Function<Creator, R> creator,
                       java.util.function.Function<LearningPath, R> path, java.util.function.Function<Guide, R> guide) {
        return creator.apply(this);
    }

    @Override
    public List<Reference> references() {
        return WikiLink.referencesIn(body);
    }
}
