package dev.syllabus.progress;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A learner's status on one item and when they set it, to the millisecond (the precision the database keeps). */
public record Mark(Item item, Status status, Instant at) {
    public Mark {
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }
}
