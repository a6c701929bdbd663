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
    private final Map<String, List<Token>> names = new HashMap<>();
    private final Map<String, Set<String>> byKey = new HashMap<>();
    /** The concepts and creators each name names, for ranking up what teaches them or what they made. */
    private final Map<String, Set<String>> concepts = new HashMap<>();
    private final Map<String, Set<String>> creators = new HashMap<>();
    private final TextAnalysis analysis;

    private Synonyms(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    static Synonyms of(KnowledgeBase kb, TextAnalysis analysis) {
        Synonyms synonyms = new Synonyms(analysis);
        kb.concepts().forEach(c -> synonyms.link(synonyms.addGroup(Names.exact(c)), c.slug().value(), synonyms.concepts));
        kb.creators().forEach(c -> synonyms.link(synonyms.addGroup(Names.exact(c)), c.slug().value(), synonyms.creators));
        curated().forEach(synonyms::addGroup);
        return synonyms;
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
    private Set<String> addGroup(List<String> group) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : group) {
            String key = analysis.key(name);
            List<Token> indexed = analysis.indexTokens(name);
            if (!key.isEmpty() && !indexed.isEmpty()) {
                keys.add(key);
                names.putIfAbsent(key, indexed);
            }
        }
        keys.forEach(key -> byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(keys));
        return keys;
    }

    private void link(Set<String> keys, String slug, Map<String, Set<String>> named) {
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
