package dev.syllabus.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A concept's other names for its page: spellings that differ from the title or from each other only in case, spaces
 * or hyphens are shown once, and the list reads as one line ({@code first}), with the whole list one click away.
 */
public record Aliases(List<String> names, String line) {
    private static final int LINE_NAMES = 3;

    static Aliases of(String title, List<String> aliases) {
        Set<String> seen = new HashSet<>();
        seen.add(key(title));
        List<String> names = new ArrayList<>();
        for (String a : aliases) {
            if (seen.add(key(a))) {
                names.add(a);
            }
        }
        String line = String.join(", ", names.subList(0, Math.min(LINE_NAMES, names.size())));
        return new Aliases(List.copyOf(names), line);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** How many names the one-line form leaves for the expanded list. */
    public int more() {
        return Math.max(0, names.size() - LINE_NAMES);
    }

    public String all() {
        return String.join(", ", names);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_()]+", "");
    }
}
