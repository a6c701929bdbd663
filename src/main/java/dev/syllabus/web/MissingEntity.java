package dev.syllabus.web;

import dev.syllabus.kb.EntityType;

/** A page or document was asked for a slug the knowledge base does not hold: a 404 with suggestions. */
final class MissingEntity extends RuntimeException {
    private final transient EntityType type;
    private final String slug;

    MissingEntity(EntityType type, String slug) {
        super("no " + Labels.singular(type) + " '" + slug + "'");
        this.type = type;
        this.slug = slug;
    }

    EntityType type() {
        return type;
    }

    String slug() {
        return slug;
    }
}
