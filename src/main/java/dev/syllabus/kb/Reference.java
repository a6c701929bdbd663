package dev.syllabus.kb;

import java.util.Set;

/**
 * One link from an entity to another: a structured field such as a prerequisite, or a {@code [[wiki link]]}
 * in the body. {@code field} is a JSON pointer into the front matter ({@code /prerequisites/0/concept}) or
 * {@code body}; {@code bodyLine} is the line within the body for wiki links and 0 otherwise.
 */
public record Reference(Slug target, Set<EntityType> expected, String field, int bodyLine) {
    public Reference {
        expected = Set.copyOf(expected);
    }

    public static Reference field(Slug target, String field, EntityType first, EntityType... more) {
        return new Reference(target, java.util.EnumSet.of(first, more), field, 0);
    }

    public boolean isWikiLink() {
        return bodyLine > 0;
    }
}
