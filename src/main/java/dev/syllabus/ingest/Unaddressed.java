package dev.syllabus.ingest;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what a mention without a usable address refers to: an entity by the slug it names, a resource by its bare-host
 * address, or a resource (in the knowledge base or elsewhere in the input) by creator and title. A title match must be
 * clear: at least {@link TitleWords#AGREEMENT} of the mention's words, and better than any other resource's.
 */
final class Unaddressed<T> {
    private static final double MARGIN = 0.1;

    /** Something with a title and creators that a mention may name; its title's words are read once. */
    record Target<T>(T ref, String title, Set<Slug> creators, Set<String> words) {
        Target(T ref, String title, Set<Slug> creators) {
            this(ref, title, creators, TitleWords.of(title));
        }
    }

    /** Targets by each word of their titles, so a mention is only compared with titles that share a word with it. */
    private final Map<String, List<Target<T>>> byWord = new HashMap<>();

    Unaddressed(List<Target<T>> targets) {
        targets.forEach(t -> t.words().forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(t)));
    }

    static Optional<Entity> bySlugOrAddress(Mention m, KnownContent known) {
        if (m.address().problem() == Address.Problem.SLUG_REFERENCE) {
            return known.kb().get(m.address().written());
        }
        return m.address().url().flatMap(known::byUrl);
    }

    static Unaddressed<Resource> of(KnownContent known) {
        return new Unaddressed<>(known.kb().resources().stream().map(r -> new Target<>(r, r.title(), Set.copyOf(r.creators()))).toList());
    }

    /**
     * The target {@code m} names by creator and title, if exactly one fits clearly: ranked by the share of the
     * mention's title words in the target's title, then by the share of the target's words in the mention's.
     */
    Optional<T> byCreatorAndTitle(Mention m, Set<Slug> creators) {
        List<Set<String>> texts = texts(m);
        Set<Target<T>> sharing = new LinkedHashSet<>();
        texts.forEach(words -> words.forEach(w -> sharing.addAll(byWord.getOrDefault(w, List.of()))));
        List<Scored<T>> ranked = new ArrayList<>();
        sharing.stream().filter(t -> creators.isEmpty() || t.creators().stream().anyMatch(creators::contains))
                .forEach(t -> ranked.add(Scored.of(t, texts)));
        ranked.sort(Comparator.comparingDouble((Scored<T> s) -> s.primary()).thenComparingDouble(Scored::secondary).reversed());
        if (ranked.isEmpty() || ranked.get(0).primary() < needed(creators)) {
            return Optional.empty();
        }
        return ranked.size() == 1 || ranked.get(0).clearlyAbove(ranked.get(1)) ? Optional.of(ranked.get(0).target().ref())
                : Optional.empty();
    }

    private record Scored<T>(Target<T> target, double primary, double secondary) {
        static <T> Scored<T> of(Target<T> t, List<Set<String>> texts) {
            double p = texts.stream().mapToDouble(x -> TitleWords.containment(x, t.words())).max().orElse(0);
            double s = texts.stream().mapToDouble(x -> TitleWords.containment(t.words(), x)).max().orElse(0);
            return new Scored<>(t, p, s);
        }

        boolean clearlyAbove(Scored<T> next) {
            return primary - next.primary >= MARGIN || primary == next.primary && secondary - next.secondary >= MARGIN;
        }
    }

    /** Without a creator to narrow the search, only an almost exact title will do. */
    private static double needed(Set<Slug> creators) {
        return creators.isEmpty() ? 0.9 : TitleWords.AGREEMENT;
    }

    private static List<Set<String>> texts(Mention m) {
        List<Set<String>> out = new ArrayList<>();
        m.title().ifPresent(t -> out.add(TitleWords.of(t.text())));
        if (m.address().problem() == Address.Problem.NOT_A_URL) {
            out.add(TitleWords.of(m.address().written()));
        }
        return out;
    }
}
