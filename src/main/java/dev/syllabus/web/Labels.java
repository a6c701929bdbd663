package dev.syllabus.web;

import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.Token;

import java.util.Locale;

/** How closed-set values read in a page: "blog post" inside a sentence, "Blog post" as a label of its own. */
public final class Labels {
    private Labels() {
    }

    /** The value as words inside a sentence: {@code blog-post} reads "blog post". */
    public static String token(Token t) {
        return t.id().replace('-', ' ');
    }

    /** The value as a label that stands alone, in sentence case: "Blog post", "Video series". */
    public static String words(Token t) {
        return capitalised(token(t));
    }

    /** An identifier such as {@code blog-post} or a facet's value, as a label: "Blog post". */
    public static String words(String id) {
        return capitalised(id.replace('-', ' ').replace('_', ' '));
    }

    public static String singular(EntityType type) {
        return type == EntityType.PATH ? "learning path" : type.id();
    }

    /** The plural for headings and counts: "concepts", "learning paths". */
    public static String plural(EntityType type) {
        return type == EntityType.PATH ? "learning paths" : type.folder();
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
