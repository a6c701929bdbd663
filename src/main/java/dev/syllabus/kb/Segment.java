package dev.syllabus.kb;

import java.util.Optional;

/**
 * A part of a longer resource: a video from a timestamp, or a book's chapters or sections. {@code approximate}
 * marks a timestamp the source gave as "about". {@code end} is optional; without it a video segment runs
 * to the next segment's start.
 */
public record Segment(Optional<Timestamp> start, Optional<Timestamp> end, boolean approximate, String section,
                      String covers, Optional<Slug> concept, Optional<Minutes> minutes) {
    public Segment {
        section = section == null ? "" : section.strip();
        covers = covers == null ? "" : covers.strip();
        if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) <= 0) {
            throw new IllegalArgumentException("segment ends at " + end.get() + ", not after its start " + start.get());
        }
    }

    /** How a person names the segment: "at 11:08", "about 1:30:00" or the section. */
    public String label() {
        if (start.isPresent()) {
            return (approximate ? "about " : "at ") + start.get();
        }
        return section;
    }
}
