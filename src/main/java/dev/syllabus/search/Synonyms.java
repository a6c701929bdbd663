package dev.syllabus.search;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.search.TextAnalysis.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names that mean the same thing, taken from the knowledge base itself (every name of a concept or a creator: title,
 * aliases, slug) and from a short list of common acronyms. A query that contains one of the names also searches for
 * the others, so "rope" finds a page that only says "rotary position embedding".
 */
final class Synonyms {
    /** Longest name, in analysed words, looked for in a query. */
    static final int MAX_SPAN = 6;
    private static final String ACRONYMS = "acronyms.txt";

    /** Every name by its analysed key, as the index analysed it (positions included, for phrase queries). */
    private final Map<String, List<Token>> names;
    private final Map<String, Set<String>> byKey;
    /** The concepts and creators each name names, for ranking up what teaches them or what they made. */
    private final Map<String, Set<String>> concepts;
    private final Map<String, Set<String>> creators;

    /**
     * What the synonyms know, as stored with a cached index: finding them analyses every name of the knowledge base,
     * a tenth of a cached search's start-up.
     */
    record Tables(Map<String, List<Token>> names, Map<String, Set<String>> byKey, Map<String, Set<String>> concepts,
                  Map<String, Set<String>> creators) {
    }

    Synonyms(Tables tables) {
        this.names = tables.names();
        this.byKey = tables.byKey();
        this.concepts = tables.concepts();
        this.creators = tables.creators();
    }

    static Synonyms of(KnowledgeBase kb, TextAnalysis analysis) {
        Map<String, List<Token>> names = new HashMap<>();
        Map<String, Set<String>> byKey = new HashMap<>();
        Map<String, Set<String>> concepts = new HashMap<>();
        Map<String, Set<String>> creators = new HashMap<>();
        Tables tables = new Tables(names, byKey, concepts, creators);
        kb.concepts().forEach(c -> link(addGroup(tables, Names.exact(c), analysis), c.slug().value(), concepts));
        kb.creators().forEach(c -> link(addGroup(tables, Names.exact(c), analysis), c.slug().value(), creators));
        curated().forEach(group -> addGroup(tables, group, analysis));
        return new Synonyms(tables);
    }

    /** What these synonyms know, to store. */
    Tables tables() {
        return new Tables(names, byKey, concepts, creators);
    }

    /** Every name, as the index analysed it: what a query may expand a recognised name into. */
    Collection<List<Token>> names() {
        return Collections.unmodifiableCollection(names.values());
    }

    /** A name found in a query: where it starts, how many query tokens it spans, and the other names for it. */
    record Match(int start, int length, String key, List<List<Token>> others, List<String> concepts,
                 List<String> creators) {
    }

    /** The longest name starting at token {@code from}, if any. */
    Optional<Match> longestAt(List<Token> tokens, int from) {
        for (int length = Math.min(MAX_SPAN, tokens.size() - from); length >= 1; length--) {
            String key = join(tokens.subList(from, from + length));
            Set<String> group = byKey.get(key);
            if (group != null) {
                List<List<Token>> others = group.stream().filter(k -> !k.equals(key)).map(names::get).toList();
                return Optional.of(new Match(from, length, key, others, List.copyOf(concepts.getOrDefault(key, Set.of())),
                        List.copyOf(creators.getOrDefault(key, Set.of()))));
            }
        }
        return Optional.empty();
    }

    /** Adds names that mean the same; returns their keys. */
    private static Set<String> addGroup(Tables tables, List<String> group, TextAnalysis analysis) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : group) {
            String key = analysis.key(name);
            List<Token> indexed = analysis.indexTokens(name);
            if (!key.isEmpty() && !indexed.isEmpty()) {
                keys.add(key);
                tables.names().putIfAbsent(key, indexed);
            }
        }
        keys.forEach(key -> tables.byKey().computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(keys));
        return keys;
    }

    private static void link(Set<String> keys, String slug, Map<String, Set<String>> named) {
        keys.forEach(key -> named.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(slug));
    }

    static String join(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::term).toList());
    }

    private static List<List<String>> curated() {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = Synonyms.class.getResourceAsStream(ACRONYMS)) {
            if (in == null) {
                throw new IllegalStateException(ACRONYMS + " is missing from the classpath: rebuild the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> groups.add(Arrays.stream(l.split(",")).map(String::strip).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + ACRONYMS, e);
        }
        return groups;
    }
}
