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
        // Many candidates share a title's words ("Notes on attention" by different people): read each one's title and
        // makers once, and again only when it absorbs another.
        Map<Candidate, Traits> traits = new HashMap<>();
        List<Traits> first = all.parallelStream().map(Traits::of).toList();
        for (int i = 0; i < all.size(); i++) {
            Candidate c = all.get(i);
            Traits t = first.get(i);
            Set<String> words = t.title().map(x -> TitleWords.of(x.text())).orElse(Set.of());
            List<Candidate> sameWords = words.size() < 2 ? List.of() : byWords.getOrDefault(words, List.of());
            Optional<Candidate> same = sameWords.stream().filter(o -> sameResource(traits.get(o), t)).findFirst();
            if (same.isPresent()) {
                same.get().absorb(c);
                traits.put(same.get(), Traits.of(same.get()));
            } else {
                out.add(c);
                traits.put(c, t);
                byWords.computeIfAbsent(words, k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    /** A candidate's real title and the keys of its makers' names, as they stand. */
    private record Traits(Optional<Title> title, List<String> makers, String place) {
        static Traits of(Candidate c) {
            return new Traits(c.title().filter(Title::isReal), c.makers().stream().map(CreatorDirectory::key).toList(), Grouping.place(c.firstUrl()));
        }
    }

    /**
     * What sort of address it is: a repository, a paper archive, a video, or any other page. "[Qwen 3](github...)" and
     * "[Qwen 3](qwenlm.github.io)" share a title but are the code and the project's site, never one resource.
     */
    private static String place(CanonicalUrl url) {
        if (url.youtubeVideoId().isPresent() || url.isYoutubePlaylist()) {
            return "video";
        }
        String host = url.host();
        return host.equals("github.com") || host.equals("gitlab.com") || host.equals("colab.research.google.com") ? "code"
                : KindRules.isPaperHost(host) ? "paper" : "page";
    }

    /** Same real title word for word, and creators that agree or are missing on one side. */
    private static boolean sameResource(Traits a, Traits b) {
        Optional<Title> ta = a.title();
        Optional<Title> tb = b.title();
        if (ta.isEmpty() || tb.isEmpty() || !a.place().equals(b.place()) || !TitleWords.same(ta.get().text(), tb.get().text())
                || TitleWords.of(ta.get().text()).size() < 2) {
            return false;
        }
        List<String> ka = a.makers();
        List<String> kb = b.makers();
        return ka.isEmpty() || kb.isEmpty() || ka.stream().anyMatch(kb::contains);
    }
}
