package dev.syllabus.ingest;

import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;

import java.util.List;
import java.util.Optional;

/**
 * A resource the import writes as a draft for review: everything the sources say about it, and where they say it.
 * {@code notes} are the sources' own words, kept out of the {@code note} field so they are rewritten before publishing.
 */
record NewResource(Slug slug, String title, ResourceKind kind, List<Slug> creators, String url, List<String> alternates,
                   Optional<StatedLength> length, List<Moment> moments, List<Sections.Part> sections, List<Slug> covers,
                   List<KnownDefect> defects, List<Origin> origins, List<String> notes) {
    NewResource {
        creators = List.copyOf(creators);
        alternates = List.copyOf(alternates);
        moments = List.copyOf(moments);
        sections = List.copyOf(sections);
        covers = List.copyOf(covers);
        defects = List.copyOf(defects);
        origins = List.copyOf(origins);
        notes = List.copyOf(notes);
    }
}
