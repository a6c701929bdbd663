package dev.syllabus.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * An idea a learner comes to understand, placed in the curriculum by its area and its prerequisites. {@code includes}
 * are the concepts it contains: whoever knows this concept knows them too (knowing neural networks includes
 * backpropagation), which is how a plan's known set grows.
 */
public record Concept(Slug slug, String title, List<String> aliases, Area area, String summary,
                      List<Prerequisite> prerequisites, List<Slug> includes, List<Slug> related, String body)
        implements Entity {
    public Concept {
        aliases = List.copyOf(aliases);
        prerequisites = List.copyOf(prerequisites);
        includes = List.copyOf(includes);
        related = List.copyOf(related);
        body = body == null ? "" : body;
    }

    /** A concept that includes no other. */
    public Concept(Slug slug, String title, List<String> aliases, Area area, String summary,
                   List<Prerequisite> prerequisites, List<Slug> related, String body) {
        this(slug, title, aliases, area, summary, prerequisites, List.of(), related, body);
    }

    @Override
    public EntityType type() {
        return EntityType.CONCEPT;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < prerequisites.size(); i++) {
            refs.add(Reference.field(prerequisites.get(i).concept(), "/prerequisites/" + i + "/concept", EntityType.CONCEPT));
        }
        for (int i = 0; i < includes.size(); i++) {
            refs.add(Reference.field(includes.get(i), "/includes/" + i, EntityType.CONCEPT));
        }
        for (int i = 0; i < related.size(); i++) {
            refs.add(Reference.field(related.get(i), "/related/" + i, EntityType.CONCEPT, EntityType.PAPER));
        }
        refs.addAll(WikiLink.referencesIn(body));
        return refs;
    }

    public List<Slug> prerequisiteSlugs() {
        return prerequisites.stream().map(Prerequisite::concept).toList();
    }

    /** The prerequisites it cannot be followed without. */
    public List<Slug> hardPrerequisiteSlugs() {
        return prerequisites.stream().filter(Prerequisite::isHard).map(Prerequisite::concept).toList();
    }
}
