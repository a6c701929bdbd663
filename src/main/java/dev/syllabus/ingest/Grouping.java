package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the input's addressed mentions into one candidate per resource: first by canonical address, then candidates
 * with the same title (word for word) and compatible creators, which are the same resource under two addresses.
 */
final class Grouping {
    private Grouping() {
    }

    static List<Candidate> group(List<Mention> addressed) {
        Map<CanonicalUrl, Candidate> byUrl = new LinkedHashMap<>();
        for (Mention m : addressed) {
            CanonicalUrl url = m.address().url().orElseThrow();
            Candidate c = byUrl.get(url);
            if (c == null) {
                byUrl.put(url, new Candidate(m));
            } else {
                c.add(m);
            }
        }
        return byTitle(new ArrayList<>(byUrl.values()));
    }

    private static List<Candidate> byTitle(List<Candidate> all) {
        List<Candidate> out = new ArrayList<>();
        Map<Set<String>, List<Candidate>> byWords = new HashMap<>();
        for (Candidate c : all) {
            Set<String> words = c.title().filter(Title::isReal).map(t -> TitleWords.of(t.text())).orElse(Set.of());
            List<Candidate> sameWords = words.size() < 2 ? List.of() : byWords.getOrDefault(words, List.of());
            Optional<Candidate> same = sameWords.stream().filter(o -> sameResource(o, c)).findFirst();
            if (same.isPresent()) {
                same.get().absorb(c);
            } else {
                out.add(c);
                byWords.computeIfAbsent(words, k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    /** Same real title word for word, and creators that agree or are missing on one side. */
    private static boolean sameResource(Candidate a, Candidate b) {
        Optional<Title> ta = a.title().filter(Title::isReal);
        Optional<Title> tb = b.title().filter(Title::isReal);
        if (ta.isEmpty() || tb.isEmpty() || !TitleWords.same(ta.get().text(), tb.get().text())
                || TitleWords.of(ta.get().text()).size() < 2) {
            return false;
        }
        List<String> ka = a.makers().stream().map(CreatorDirectory::key).toList();
        List<String> kb = b.makers().stream().map(CreatorDirectory::key).toList();
        return ka.isEmpty() || kb.isEmpty() || ka.stream().anyMatch(kb::contains);
    }
}
