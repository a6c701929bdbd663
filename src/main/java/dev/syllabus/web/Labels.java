package dev.syllabus.web;

import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.Token;

/** How closed-set values read in a page: "blog post", "read closely", "concept". */
public final class Labels {
    private Labels() {
    }

    public static String token(Token t) {
        return t.id().replace('-', ' ');
    }

    public static String singular(EntityType type) {
        return type == EntityType.PATH ? "learning path" : type.id();
    }
}
