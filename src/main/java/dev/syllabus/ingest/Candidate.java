package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every mention in the input of one resource, gathered by canonical address (and by exact title): the addresses as
 * written, the surest title, the makers, the kind words, the stated length, the timestamps and sections, the notes.
 */
final class Candidate {
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<CanonicalUrl, String> urls = new LinkedHashMap<>();
    private final List<Mention> unaddressed = new ArrayList<>();

    Candidate(Mention first) {
        add(first);
    }

    void add(Mention m) {
        mentions.add(m);
        m.address().url().ifPresent(u -> urls.putIfAbsent(u, m.address().written()));
    }

    /** A mention without an address that names this same resource: it may still add a length. */
    void addUnaddressed(Mention m) {
        unaddressed.add(m);
    }

    void absorb(Candidate other) {
        other.mentions.forEach(this::add);
        other.unaddressed.forEach(this::addUnaddressed);
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** Every canonical address, in the order first seen, with its spelling in the source. */
    Map<CanonicalUrl, String> urls() {
        return urls;
    }

    CanonicalUrl firstUrl() {
        return urls.keySet().iterator().next();
    }

    Optional<Title> title() {
        return mentions.stream().flatMap(m -> m.title().stream()).min(Comparator.comparing(Title::strength));
    }

    /** A title as one source gives it, and where. */
    record Named(Title title, Origin origin) {
    }

    /** The distinct real titles sources give it, for reporting a title that disagrees. */
    List<Named> realTitles() {
        List<Named> out = new ArrayList<>();
        for (Mention m : mentions) {
            m.title().filter(Title::isReal).filter(t -> out.stream().noneMatch(o -> o.title().text().equalsIgnoreCase(t.text())))
                    .ifPresent(t -> out.add(new Named(t, m.origin())));
        }
        return out;
    }

    List<CreatorName> names() {
        List<CreatorName> out = new ArrayList<>();
        mentions.forEach(m -> m.creators().stream()
                .filter(n -> out.stream().noneMatch(o -> CreatorDirectory.key(o.name()).equals(CreatorDirectory.key(n.name()))))
                .forEach(out::add));
        return out;
    }

    List<String> makers() {
        return names().stream().filter(CreatorName::isMaker).map(CreatorName::name).toList();
    }

    List<String> cues() {
        List<String> out = new ArrayList<>();
        mentions.forEach(m -> out.addAll(m.cues()));
        return out;
    }

    /** The first exact length a source states, else the first approximate one. */
    Optional<StatedLength> length() {
        List<StatedLength> all = new ArrayList<>();
        mentions.forEach(m -> m.length().ifPresent(all::add));
        unaddressed.forEach(m -> m.length().ifPresent(all::add));
        return all.stream().filter(l -> !l.approximate()).findFirst().or(() -> all.stream().findFirst());
    }

    /** One moment per timestamp: an exact reading beats an approximate one, a described one an undescribed one. */
    List<Moment> moments() {
        Map<Integer, Moment> by = new LinkedHashMap<>();
        for (Mention m : mentions) {
            for (Moment t : m.moments()) {
                by.merge(t.at().seconds(), withCovers(t, m), Candidate::better);
            }
        }
        return by.values().stream().sorted(Comparator.comparing(Moment::at)).toList();
    }

    private static Moment withCovers(Moment t, Mention m) {
        return t.covers().isEmpty() ? new Moment(t.at(), t.approximate(), Sections.topicOf(m.origin().under())) : t;
    }

    private static Moment better(Moment a, Moment b) {
        boolean approximate = a.approximate() && b.approximate();
        String covers = a.covers().length() >= b.covers().length() ? a.covers() : b.covers();
        return new Moment(a.at(), approximate, covers);
    }

    /** Untimed parts a source names, each with the heading it was named under. */
    List<Sections.Part> sections() {
        List<Sections.Part> out = new ArrayList<>();
        for (Mention m : mentions) {
            m.sections().stream().filter(s -> out.stream().noneMatch(p -> p.name().equalsIgnoreCase(s)))
                    .forEach(s -> out.add(new Sections.Part(s, Sections.topicOf(m.origin().under()))));
        }
        return out;
    }

    List<Origin> origins() {
        return mentions.stream().map(Mention::origin).toList();
    }

    String context() {
        StringBuilder b = new StringBuilder();
        mentions.forEach(m -> b.append(m.context()).append(" \n "));
        return b.toString();
    }

    List<String> problems() {
        return mentions.stream().flatMap(m -> m.problems().stream()).distinct().toList();
    }
}
