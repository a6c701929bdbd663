package dev.syllabus.progress;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time a learner says they spent on an item, logged at {@code at}; the planner compares it with its estimate. */
public record TimeSpent(Item item, int minutes, Instant at) {
    /** A day: more in one entry is surely a typo. */
    public static final int MAX_MINUTES = 24 * 60;

    public TimeSpent {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("time spent must be 1 to " + MAX_MINUTES + " minutes, not " + minutes);
        }
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }
}
