package dev.syllabus.kb;

import java.util.List;

/**
 * A resource a guide topic recommends, in a role. {@code at} lists the timestamps of the video the topic points to
 * (each a segment of the resource); {@code sections} names the parts of a written resource the topic means.
 */
public record Pick(PickRole role, Slug resource, List<Timestamp> at, String sections, String note) {
    public Pick {
        at = List.copyOf(at);
        sections = sections == null ? "" : sections.strip();
        note = note == null ? "" : note.strip();
    }
}
