package dev.syllabus.web;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.Slug;

/** The address of an entity's page in the wiki, {@code /concepts/self-attention}; the API adds its prefix. */
public final class Href {
    private Href() {
    }

    public static String to(Entity e) {
        return to(e.type(), e.slug());
    }

    public static String to(EntityType type, Slug slug) {
        return "/" + type.folder() + "/" + slug.value();
    }

    public static String concept(Slug slug) {
        return to(EntityType.CONCEPT, slug);
    }
}
