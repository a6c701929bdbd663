package dev.syllabus.content;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What loads of one content tree read from each file, by its path and text, so the next load parses only the files
 * that changed (a server reloading on every edit). Holds one entry per file of the tree last loaded; safe to share
 * between the threads of one load, and meant for one tree at a time.
 */
public final class ParseMemo {
    private record Entry(String text, ContentLoader.Parsed parsed) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();

    Optional<ContentLoader.Parsed> get(String rel, String text) {
        Entry e = byPath.get(rel);
        return e != null && e.text().equals(text) ? Optional.of(e.parsed()) : Optional.empty();
    }

    void put(String rel, String text, ContentLoader.Parsed parsed) {
        byPath.put(rel, new Entry(text, parsed));
    }

    /** Forgets the files the last load did not see (removed or renamed). */
    void keepOnly(Collection<String> rels) {
        Set<String> seen = new HashSet<>(rels);
        byPath.keySet().removeIf(rel -> !seen.contains(rel));
    }
}
