package dev.syllabus.kb;

import java.util.List;

/** Anything with a page of its own: the common face of concepts, papers, resources, creators, paths and guides. */
public sealed interface Entity permits Concept, Paper, Resource, Creator, LearningPath, Guide {
    /** Opens the HTML comment that marks an imported draft awaiting a curator's review (docs/content-format.md). */
    String DRAFT_MARKER = "<!-- draft:";

    Slug slug();

    String title();

    EntityType type();

    /** The Markdown prose below the front matter, possibly empty. */
    String body();

    /** True while the body still carries the import's draft comment. */
    default boolean isDraft() {
        return body().contains(DRAFT_MARKER);
    }

    /** Every link this entity makes, from its fields and from the wiki links in its body. */
    List<Reference> references();
}
