package dev.syllabus.kb;

import java.util.Optional;

/**
 * A part of a longer resource: a video from a timestamp, a book's chapters or sections, or one video of a series.
 * {@code approximate} marks a timestamp known only roughly. {@code end} is optional; without it a video segment runs
 * to the next segment's start. {@code source} says where the time came from: the address of a published chapter list,
 * or, for an approximate time, how it was estimated. {@code url} is the part's own address, for a series whose parts
 * each have one; a part with neither a time nor its own address has no deep link.
 */
public record Segment(Optional<Timestamp> start, Optional<Timestamp> end, boolean approximate, String section,
                      String covers, Optional<Slug> concept, Optional<Minutes> minutes, String source,
                      Optional<CanonicalUrl> url) {
    public Segment {
        section = section == null ? "" : section.strip();
        covers = covers == null ? "" : covers.strip();
        source = source == null ? "" : source.strip();
        if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) <= 0) {
            throw new IllegalArgumentException("segment ends at " + end.get() + ", not after its start " + start.get());
        }
    }

    /** A segment without a stated source or address of its own. */
    public Segment(Optional<Timestamp> start, Optional<Timestamp> end, boolean approximate, String section,
                   String covers, Optional<Slug> concept, Optional<Minutes> minutes) {
        this(start, end, approximate, section, covers, concept, minutes, "", Optional.empty());
    }

    /** How a person names the segment: "at 11:08", "about 1:30:00", the section, or both ("Pre-training, at 1:00"). */
    public String label() {
        if (start.isEmpty()) {
            return section;
        }
        String time = (approximate ? "about " : "at ") + start.get();
        return section.isEmpty() ? time : section + ", " + time;
    }

    /** The address of the published chapter list the time came from, when {@code source} is one. */
    public Optional<CanonicalUrl> sourceAddress() {
        if (!source.startsWith("http://") && !source.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            return Optional.of(CanonicalUrl.of(source));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    /** Whether {@code t} falls in this segment, which lasts {@code length} from its start. */
    public boolean contains(Timestamp t, Minutes length) {
        return start.map(s -> t.compareTo(s) >= 0 && t.seconds() < s.seconds() + length.value() * 60).orElse(false);
    }
}
