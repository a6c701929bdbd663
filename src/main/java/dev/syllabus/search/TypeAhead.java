package dev.syllabus.search;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggestions while typing: every name of every entity (titles, aliases, creators' names) matched by the start of any
 * of its words, the last word typed counting as a prefix. Concepts come before papers, resources and the rest; a
 * name that starts with what was typed comes before one that merely contains it.
 */
final class TypeAhead {
    private static final int CANDIDATES = 4;

    private final AnalyzingInfixSuggester suggester;
    private final TextAnalysis analysis;

    private TypeAhead(AnalyzingInfixSuggester suggester, TextAnalysis analysis) {
        this.suggester = suggester;
        this.analysis = analysis;
    }

    static TypeAhead of(KnowledgeBase kb, TextAnalysis analysis) throws IOException {
        AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analysis.plain(),
                analysis.plain(), 1, false);
        List<Entry> entries = new ArrayList<>();
        for (Entity e : kb.entities()) {
            long weight = weight(HitType.of(e.type()));
            Names.shown(e).forEach(name -> entries.add(new Entry(name, weight, e)));
        }
        suggester.build(new Entries(entries));
        return new TypeAhead(suggester, analysis);
    }

    List<Suggestion> suggest(String prefix, int limit) throws IOException {
        String typed = prefix == null ? "" : prefix.strip();
        if (analysis.plainTokens(typed).isEmpty() || limit < 1 || suggester.getCount() == 0) {
            return List.of();
        }
        List<LookupResult> found = suggester.lookup(typed, limit * CANDIDATES, true, false);
        String start = typed.toLowerCase(Locale.ROOT);
        Map<String, Suggestion> bySlug = new LinkedHashMap<>();
        found.stream()
                .sorted(Comparator.comparing((LookupResult r) -> !r.key.toString().toLowerCase(Locale.ROOT).startsWith(start))
                        .thenComparing(r -> -r.value).thenComparing(r -> r.key.toString().length()))
                .map(TypeAhead::suggestion)
                .forEach(s -> bySlug.putIfAbsent(s.type() + ":" + s.slug(), s));
        return bySlug.values().stream().limit(limit).toList();
    }

    private static Suggestion suggestion(LookupResult r) {
        String[] payload = r.payload.utf8ToString().split("\u0000", 3);
        return new Suggestion(r.key.toString(), payload[0], payload[1], payload[2]);
    }

    private static long weight(HitType type) {
        return switch (type) {
            case CONCEPT -> 6;
            case PAPER -> 5;
            case RESOURCE -> 4;
            case CREATOR -> 3;
            case PATH, GUIDE -> 2;
            case SEGMENT -> 1;
        };
    }

    private record Entry(String name, long weight, Entity entity) {
        BytesRef payload() {
            String value = HitType.of(entity.type()).id() + "\u0000" + entity.slug() + "\u0000" + entity.title();
            return new BytesRef(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Feeds the names to the suggester, with the target entity as payload. */
    private static final class Entries implements InputIterator {
        private final Iterator<Entry> entries;
        private Entry current;

        Entries(List<Entry> entries) {
            this.entries = entries.iterator();
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                return null;
            }
            current = entries.next();
            return new BytesRef(current.name());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return current.payload();
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
