package dev.syllabus.kb;

/** A guide topic seen from the concept it teaches. */
public record TopicRef(Slug guide, Topic topic) {
}
