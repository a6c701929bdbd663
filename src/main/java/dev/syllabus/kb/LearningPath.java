package dev.syllabus.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A curated, ordered route through the material: phases of items, the curator's total, and what it postpones. */
public record LearningPath(Slug slug, String title, String audience, String assumes, List<Phase> phases,
                           Optional<Estimate> statedTotal, List<Postponed> postponed, String body) implements Entity {
    public LearningPath {
        audience = audience == null ? "" : audience.strip();
        assumes = assumes == null ? "" : assumes.strip();
        phases = List.copyOf(phases);
        postponed = List.copyOf(postponed);
        body = body == null ? "" : body;
    }

    @Override
    public EntityType type() {
        return EntityType.PATH;
    }

    @Override
    public <R> R match(java.util.function.Function<Concept, R> concept, java.util.function.Function<Paper, R> paper,
                       java.util.function.Function<Resource, R> resource, java.util.function.Function<Creator, R> creator,
                       java.util.function.Function<LearningPath, R> path, java.util.function.Function<Guide, R> guide) {
        return path.apply(this);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int p = 0; p < phases.size(); p++) {
            List<PathItem> items = phases.get(p).items();
            for (int i = 0; i < items.size(); i++) {
                PathItem item = items.get(i);
                String field = "/phases/" + p + "/items/" + i + "/" + item.type().id();
                item.ref().ifPresent(r -> refs.add(Reference.field(r, field, expectedType(item.type()))));
            }
        }
        for (int i = 0; i < postponed.size(); i++) {
            refs.add(Reference.field(postponed.get(i).ref(), "/postponed/" + i + "/ref",
                    EntityType.PAPER, EntityType.RESOURCE, EntityType.CONCEPT));
        }
        refs.addAll(WikiLink.referencesIn(body));
        return refs;
    }

    private static EntityType expectedType(PathItemType type) {
        return switch (type) {
            case RESOURCE -> EntityType.RESOURCE;
            case PAPER -> EntityType.PAPER;
            case CONCEPT, ACTIVITY -> EntityType.CONCEPT;
        };
    }
}
