package dev.syllabus.content;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A content tree as loaded: the knowledge base built from every file that could be read, where each entity came from,
 * the findings of reading (bad YAML, unknown fields, wrong types, bad values, duplicate slugs), and the kind of each
 * file that names an entity but could not be read into one, by slug.
 */
public record LoadedContent(Supplier<Path> location, KnowledgeBase kb, Map<Slug, SourceFile> sources,
                            List<Finding> findings, Map<Slug, EntityType> unreadable) {
    public LoadedContent {
        sources = Map.copyOf(sources);
        findings = List.copyOf(findings);
        unreadable = Map.copyOf(unreadable);
    }

    /** Content read from {@code root}. */
    public LoadedContent(Path root, KnowledgeBase kb, Map<Slug, SourceFile> sources, List<Finding> findings,
                         Map<Slug, EntityType> unreadable) {
        this(() -> root, kb, sources, findings, unreadable);
    }

    /**
     * The folder the content was read from. {@code location} may find it only when asked: the bundled content read
     * from the cache opens the jar as a file system only for the few commands that read a file beside the entities
     * (the link status), which was a tenth of a cached search's start-up.
     */
    public Path root() {
        return location.get();
    }

    /**
     * The kind of an entity whose file exists but could not be read (its own findings say why), so that references to it
     * are not reported as references to nothing.
     */
    public Optional<EntityType> unreadable(Slug slug) {
        return Optional.ofNullable(unreadable.get(slug));
    }

    public Optional<SourceFile> sourceOf(Slug slug) {
        return Optional.ofNullable(sources.get(slug));
    }

    /** The file of an entity, relative to the content root, for messages. */
    public String fileOf(Entity e) {
        return sourceOf(e.slug()).map(SourceFile::path).orElse(e.type().folder() + "/" + e.slug() + ".md");
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
