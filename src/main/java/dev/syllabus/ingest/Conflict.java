package dev.syllabus.ingest;

/**
 * Two sources, or a source and the knowledge base, disagree about a field of the same resource; the curator decides.
 * {@code existing} is the knowledge base's value (or the first source's), {@code imported} the disagreeing one.
 */
public record Conflict(String field, String existing, String imported, String where) {
}
