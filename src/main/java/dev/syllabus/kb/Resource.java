package dev.syllabus.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Something a learner reads, watches or does: an article, a video, a book chapter, a course. {@code url} is empty
 * only when no source gave a usable address (then a {@link KnownDefect} says so); {@code written} keeps the
 * address exactly as the content file spells it, so validation can report a defective spelling.
 */
public record Resource(Slug slug, ResourceKind kind, String title, List<Slug> creators, Optional<CanonicalUrl> url,
                       Optional<String> written, List<CanonicalUrl> alternateUrls, Minutes minutes, LengthBasis lengthBasis,
                       List<Slug> covers, List<Segment> segments, Level level, Access access, String note,
                       List<KnownDefect> defects, String body) implements Entity {
    /** Used when a segment has neither an end nor a following segment to end at. */
    private static final Minutes OPEN_SEGMENT = Minutes.of(10);

    public Resource {
        creators = List.copyOf(creators);
        alternateUrls = List.copyOf(alternateUrls);
        covers = List.copyOf(covers);
        segments = List.copyOf(segments);
        defects = List.copyOf(defects);
        note = note == null ? "" : note.strip();
        body = body == null ? "" : body;
    }

    @Override
    public EntityType type() {
        return EntityType.RESOURCE;
    }

    @Override
    public <R> R match(java.util.function.Function<Concept, R> concept, java.util.function.Function<Paper, R> paper,
                       java.util.function.Function<Resource, R> resource, java.util.function.Function<Creator, R> creator,
                       java.util.function.Function<LearningPath, R> path, java.util.function.Function<Guide, R> guide) {
        return resource.apply(this);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < creators.size(); i++) {
            refs.add(Reference.field(creators.get(i), "/creators/" + i, EntityType.CREATOR));
        }
        for (int i = 0; i < covers.size(); i++) {
            refs.add(Reference.field(covers.get(i), "/covers/" + i, EntityType.CONCEPT));
        }
        for (int i = 0; i < segments.size(); i++) {
            int index = i;
            segments.get(i).concept().ifPresent(c -> refs.add(Reference.field(c, "/segments/" + index + "/concept", EntityType.CONCEPT)));
        }
        refs.addAll(WikiLink.referencesIn(body));
        return refs;
    }

    /** Every concept this resource teaches, whether as a whole or in one of its segments. */
    public List<Slug> allConcepts() {
        List<Slug> all = new ArrayList<>(covers);
        segments.forEach(s -> s.concept().filter(c -> !all.contains(c)).ifPresent(all::add));
        return all;
    }

    public boolean hasDefect(DefectKind kind) {
        return defects.stream().anyMatch(d -> d.kind() == kind);
    }

    /** Every address this resource answers to: the canonical one first, then the alternates. */
    public List<CanonicalUrl> allUrls() {
        List<CanonicalUrl> all = new ArrayList<>();
        url.ifPresent(all::add);
        all.addAll(alternateUrls);
        return all;
    }

    /**
     * The time a segment takes: its own stated minutes, else up to its end, else up to the next timed segment, else up
     * to the end of a resource of stated length, else ten minutes. Curators give {@code end} where a section is shorter.
     */
    public Minutes minutesOf(Segment segment) {
        if (segment.minutes().isPresent()) {
            return segment.minutes().get();
        }
        if (segment.start().isEmpty()) {
            return OPEN_SEGMENT;
        }
        Timestamp start = segment.start().get();
        if (segment.end().isPresent()) {
            return start.until(segment.end().get());
        }
        Optional<Timestamp> next = segments.stream().flatMap(s -> s.start().stream())
                .filter(t -> t.compareTo(start) > 0).min(Timestamp::compareTo);
        if (next.isPresent()) {
            return start.until(next.get());
        }
        int left = minutes.value() - start.seconds() / 60;
        return left > 0 && lengthBasis == LengthBasis.STATED ? Minutes.of(left) : OPEN_SEGMENT;
    }

    /**
     * The address that opens {@code segment} itself: its own address (at its start, if timed), else this resource's
     * address at the segment's start. Empty for a part with neither a time nor an address of its own, which must never
     * be shown as a link into the resource.
     */
    public Optional<String> deepLink(Segment segment) {
        if (segment.url().isPresent()) {
            CanonicalUrl own = segment.url().get();
            return Optional.of(segment.start().map(own::at).orElse(own.value()));
        }
        return segment.start().flatMap(at -> url.map(u -> u.at(at)));
    }

    /** Where to send a learner for {@code segment}: its deep link, else this resource's own address. */
    public Optional<String> addressOf(Segment segment) {
        return deepLink(segment).or(() -> url.map(CanonicalUrl::value));
    }

    /** The segment a timestamp points into: the one starting there, else the timed one whose span contains it. */
    public Optional<Segment> segmentAt(Timestamp at) {
        return segments.stream().filter(s -> s.start().filter(at::equals).isPresent()).findFirst()
                .or(() -> segments.stream().filter(s -> s.contains(at, minutesOf(s))).findFirst());
    }
}
