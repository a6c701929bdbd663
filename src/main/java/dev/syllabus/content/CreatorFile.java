package dev.syllabus.content;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.Slug;

import java.util.List;
import java.util.Optional;

/** The front matter of a creator file, as written. */
record CreatorFile(String name, String kind, String homepage, List<String> aliases) {
    Optional<Creator> toEntity(Slug slug, String body, FieldReader r) {
        Optional<String> n = r.required("/name", name);
        Optional<CreatorKind> k = r.required("/kind", kind).flatMap(v -> r.token("/kind", v, CreatorKind.class));
        Optional<CanonicalUrl> home = r.url("/homepage", homepage).map(CanonicalUrl.Parsed::url);
        if (n.isEmpty() || k.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Creator(slug, n.get(), k.get(), home, FieldReader.orEmpty(aliases), body));
    }
}
