package dev.syllabus.ingest;

import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.Slug;

import java.util.List;

/** A creator the import writes as a draft: the name sources use most, a guessed kind and the other spellings. */
record NewCreator(Slug slug, String name, CreatorKind kind, List<String> aliases) {
    NewCreator {
        aliases = List.copyOf(aliases);
    }
}
