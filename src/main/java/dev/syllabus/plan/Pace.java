package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How much time a learner gives each week and from when. Without a start date the schedule starts on the planner's
 * clock's today, so a pace alone is enough to get dates.
 */
public record Pace(Minutes weekly, Optional<LocalDate> start) {
    /**
     * The dates a schedule may use, its start and every day it writes (a calendar event ends the day after its session
     * included): four-digit years, which every calendar format and application reads, from the Unix epoch on.
     */
    public static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** The range in words, for messages. */
    public static final String DATE_RANGE = "between " + FIRST_DATE + " and " + LAST_DATE;
    /** Seven study sessions a week is the most a schedule spreads the time over. */
    private static final int MAX_SESSIONS = 7;
    /** A session aims at an hour: long enough to finish a video, short enough to fit an evening. */
    private static final int SESSION_TARGET = 60;

    public Pace {
        if (weekly.value() <= 0) {
            throw new IllegalArgumentException("a pace needs some time each week, not " + weekly);
        }
    }

    public static Pace hoursPerWeek(double hours, LocalDate start) {
        return new Pace(Minutes.of((int) Math.round(hours * 60)), Optional.ofNullable(start));
    }

    /** The number of sessions a week: one per hour of weekly time, at least one and at most one a day. */
    public int sessionsPerWeek() {
        int n = (weekly.value() + SESSION_TARGET - 1) / SESSION_TARGET;
        return Math.max(1, Math.min(MAX_SESSIONS, n));
    }

    /** The length of one session; the week's time shared evenly, rounded up so the week is never short. */
    public Minutes sessionLength() {
        int n = sessionsPerWeek();
        return Minutes.of((weekly.value() + n - 1) / n);
    }

    /** Which day of the week (0 = the start day) the {@code i}-th session falls on, spread over the week. */
    int dayOfSession(int i) {
        return i * 7 / sessionsPerWeek();
    }
}
