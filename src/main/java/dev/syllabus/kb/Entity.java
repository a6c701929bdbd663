package dev.syllabus.kb;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /**
     * The value of the function for this entity's kind: the exhaustive switch over the sealed kinds that Java 17 does
     * not have (pattern switches arrive in 21). A new kind of entity adds a parameter, and the compiler then names every
     * caller that does not handle it, where an instanceof chain would silently fall through to its last case.
     */
    <R> R match(Function<Concept, R> concept, Function<Paper, R> paper, Function<Resource, R> resource,
                Function<Creator, R> creator, Function<LearningPath, R> path, Function<Guide, R> guide);

    /** As {@link #match}, for an action per kind; {@code x -> { }} states that a kind needs none. */
    default void visit(Consumer<Concept> concept, Consumer<Paper> paper, Consumer<Resource> resource,
                       Consumer<Creator> creator, Consumer<LearningPath> path, Consumer<Guide> guide) {
        match(c -> done(concept, c), p -> done(paper, p), r -> done(resource, r), c -> done(creator, c),
                p -> done(path, p), g -> done(guide, g));
    }

    private static <E> Void done(Consumer<E> action, E entity) {
        action.accept(entity);
        return null;
    }
}
