package dev.syllabus.kb;

import java.util.Optional;

/**
 * One item of a learning path's phase: a resource, a paper, a concept page or a hands-on activity. {@code ref} is empty
 * only for activities, which carry their own {@code title}. {@code mode} and {@code minutes} are set where they differ
 * from the phase or from the referenced entity's own length. {@code defect} says why the path keeps an item a learner
 * cannot open (its resource has no address), as its source wrote it; empty for an ordinary item.
 */
public record PathItem(PathItemType type, Optional<Slug> ref, String title, String note, Optional<ReadingMode> mode,
                       Optional<Minutes> minutes, String defect) {
    public PathItem {
        title = title == null ? "" : title.strip();
        note = note == null ? "" : note.strip();
        defect = defect == null ? "" : defect.strip();
        if (type != PathItemType.ACTIVITY && ref.isEmpty()) {
            throw new IllegalArgumentException("a " + type.id() + " item needs the slug it points at");
        }
        if (type == PathItemType.ACTIVITY && title.isEmpty()) {
            throw new IllegalArgumentException("an activity item needs a title saying what to do");
        }
    }

    /** An item without a documented defect. */
    public PathItem(PathItemType type, Optional<Slug> ref, String title, String note, Optional<ReadingMode> mode,
                    Optional<Minutes> minutes) {
        this(type, ref, title, note, mode, minutes, "");
    }
}
