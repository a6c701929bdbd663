package dev.syllabus.kb;

import java.util.List;

/** Anything with a page of its own: the common face of concepts, papers, resources, creators, paths and guides. */
public sealed interface Entity permits Concept, Paper, Resource, Creator, LearningPath, Guide {
    Slug slug();

    String title();

    EntityType type();

    /** The Markdown prose below the front matter, possibly empty. */
    String body();

    /** Every link this entity makes, from its fields and from the wiki links in its body. */
    List<Reference> references();
}
