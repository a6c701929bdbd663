package dev.syllabus.kb;

/** An incoming link: which entity links here, and from which field (or {@code body} for a wiki link). */
public record Backlink(Slug from, EntityType fromType, String field) {
}
