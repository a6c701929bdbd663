package dev.syllabus.kb;

import java.util.List;
import java.util.Optional;

/** An ordered stage of a learning path (a step or a phase) with the curator's estimate and reading mode. */
public record Phase(String title, Optional<Estimate> estimate, Optional<ReadingMode> mode, String note, List<PathItem> items) {
    public Phase {
        note = note == null ? "" : note.strip();
        items = List.copyOf(items);
    }

    /** The mode of {@code item}: its own where it differs, else the phase's. */
    public Optional<ReadingMode> modeOf(PathItem item) {
        return item.mode().or(() -> mode);
    }
}
