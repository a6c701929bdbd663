package dev.syllabus.search;

import dev.syllabus.kb.Creator;
import dev.syllabus.kb.KnowledgeBase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The creators a search can be filtered by, with the name that labels each in the facets and the aliases that suggest
 * it when misspelt: stored with the index, so a search read from the cache needs no knowledge base.
 */
final class CreatorNames {
    /** One creator: slug, name and aliases. */
    record Entry(String slug, String name, List<String> aliases) {
        Entry {
            aliases = List.copyOf(aliases);
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> bySlug;

    private CreatorNames(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.bySlug = this.entries.stream().collect(Collectors.toUnmodifiableMap(Entry::slug, Function.identity(), (a, b) -> a));
    }

    static CreatorNames of(KnowledgeBase kb) {
        return new CreatorNames(kb.creators().stream().map(CreatorNames::entry).toList());
    }

    static CreatorNames of(List<Entry> entries) {
        return new CreatorNames(entries);
    }

    private static Entry entry(Creator c) {
        return new Entry(c.slug().value(), c.name(), c.aliases());
    }

    /** Every creator, for storing with the index. */
    List<Entry> entries() {
        return entries;
    }

    Optional<Entry> get(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }
}
