package dev.syllabus.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Prerequisite;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The front matter of a concept file, as written. */
record ConceptFile(String title, List<String> aliases, String area, String summary, List<PrerequisiteEntry> prerequisites,
                   List<String> includes, List<String> related) {

    /** A prerequisite, written either as {@code {concept, reason, strength}} or as a bare slug; no strength is hard. */
    record PrerequisiteEntry(String concept, String reason, String strength) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        PrerequisiteEntry {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PrerequisiteEntry ofSlug(String concept) {
            return new PrerequisiteEntry(concept, "", null);
        }
    }

    Optional<Concept> toEntity(Slug slug, String body, FieldReader r) {
        Optional<String> t = r.required("/title", title);
        Optional<String> s = r.required("/summary", summary);
        Optional<Area> a = r.required("/area", area).flatMap(v -> r.token("/area", v, Area.class));
        List<Prerequisite> prereqs = new ArrayList<>();
        for (int i = 0; i < FieldReader.size(prerequisites); i++) {
            PrerequisiteEntry p = prerequisites.get(i);
            String pointer = "/prerequisites/" + i + "/concept";
            Optional<Slug> concept = r.required(pointer, p == null ? null : p.concept()).flatMap(c -> r.slug(pointer, c));
            Prerequisite.Strength strength = p == null ? Prerequisite.Strength.HARD
                    : r.token("/prerequisites/" + i + "/strength", p.strength(), Prerequisite.Strength.class, Prerequisite.Strength.HARD);
            concept.ifPresent(c -> prereqs.add(new Prerequisite(c, p.reason(), strength)));
        }
        List<Slug> inc = r.slugs("/includes", includes);
        List<Slug> rel = r.slugs("/related", related);
        if (t.isEmpty() || s.isEmpty() || a.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Concept(slug, t.get(), FieldReader.orEmpty(aliases), a.get(), s.get(), prereqs, inc, rel, body));
    }
}
