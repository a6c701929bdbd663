package dev.syllabus.ingest;

import dev.syllabus.kb.Creator;
import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.Slug;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds creators by any name a source may use for them: the name, an alias, the name without middle initials
 * ("Cameron Wolfe" for "Cameron R. Wolfe"), accents or possessive, or a person's surname alone when only one known
 * person has it ("Goodfellow et al."). A name that could mean two creators resolves to neither.
 */
final class CreatorDirectory {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern DROPPED = Pattern.compile("['’.]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d]+");
    private static final int SCAN_MIN_KEY = 4;
    /** Names recur across a guide; their keys are worth remembering, long prose is not. */
    private static final int KEY_CACHE_MAX_LENGTH = 80;
    private static final int KEY_CACHE_SIZE = 4096;
    /** Shared by the threads of an import; emptied when full, which costs a few recomputed keys, never a wrong one. */
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Set<Slug>> byKey = new HashMap<>();
    private final Map<String, Set<Slug>> bySurname = new HashMap<>();
    /** Keys by their first word, so scanning a text looks only at names that could start at one of its words. */
    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    void add(Creator c) {
        add(c.slug(), c.name(), c.aliases(), c.kind() == CreatorKind.PERSON);
    }

    void add(Slug slug, String name, List<String> aliases, boolean person) {
        List<String> names = new ArrayList<>(aliases);
        names.add(name);
        for (String n : names) {
            String key = key(n);
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(slug);
                List<String> sameStart = byFirstWord.computeIfAbsent(key.split(" ")[0], k -> new ArrayList<>());
                if (!sameStart.contains(key)) {
                    sameStart.add(key);
                }
            }
        }
        String[] words = key(name).split(" ");
        if (person && words.length >= 2) {
            bySurname.computeIfAbsent(words[words.length - 1], k -> new LinkedHashSet<>()).add(slug);
        }
    }

    Optional<Slug> resolve(String name) {
        String key = key(name);
        Set<Slug> hits = byKey.getOrDefault(key, Set.of());
        if (hits.isEmpty() && !key.contains(" ") && key.length() >= 5) {
            hits = bySurname.getOrDefault(key, Set.of());
        }
        return hits.size() == 1 ? Optional.of(hits.iterator().next()) : Optional.empty();
    }

    /** Creators whose name or alias appears as whole words in {@code text}, in the order of the text. */
    List<Slug> scan(String text) {
        String padded = " " + key(text) + " ";
        Map<Integer, Slug> found = new java.util.TreeMap<>();
        for (String word : new LinkedHashSet<>(List.of(padded.strip().split(" ")))) {
            for (String key : byFirstWord.getOrDefault(word, List.of())) {
                Set<Slug> slugs = byKey.get(key);
                int at = key.length() >= SCAN_MIN_KEY && slugs.size() == 1 ? padded.indexOf(" " + key + " ") : -1;
                if (at >= 0) {
                    found.putIfAbsent(at, slugs.iterator().next());
                }
            }
        }
        return found.values().stream().distinct().toList();
    }

    /** "Cameron R. Wolfe", "cameron wolfe's" and "Cameron  Wolfe" all give "cameron wolfe". */
    static String key(String name) {
        if (name.length() > KEY_CACHE_MAX_LENGTH) {
            return computeKey(name);
        }
        String key = KEYS.get(name);
        if (key == null) {
            if (KEYS.size() > KEY_CACHE_SIZE) {
                KEYS.clear();
            }
            key = computeKey(name);
            KEYS.put(name, key);
        }
        return key;
    }

    private static String computeKey(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        folded = DROPPED.matcher(POSSESSIVE.matcher(folded).replaceAll("")).replaceAll("");
        StringBuilder out = new StringBuilder();
        for (String w : NON_WORD.split(folded)) {
            if (w.length() > 1 || w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(w);
            }
        }
        return out.toString();
    }
}
