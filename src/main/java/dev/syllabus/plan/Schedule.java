package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Study sessions on dates: the week's time is shared into sessions of about an hour spread over the week, filled in
 * order with the plan's items; an item longer than what is left of a session continues in the next one. {@code stamp}
 * is when the schedule was made (from the planner's clock) and {@code name} what it schedules, for calendar events.
 */
public record Schedule(Pace pace, LocalDate start, List<Session> sessions, Map<Integer, LocalDate> stepDates,
                       Instant stamp, String name) {
    /** A session does not start an item in its last few minutes: the item moves to the next session. */
    private static final int LEAST_USEFUL_MINUTES = 10;

    /** One sitting on one day. */
    public record Session(int number, LocalDate date, Minutes minutes, List<Part> parts) {
        public Session {
            parts = List.copyOf(parts);
        }
    }

    /** What a session covers of one item: all of it, or a stretch of a long one. */
    public record Part(int step, String title, Optional<String> link, Minutes minutes, boolean continued, boolean continues) {
    }

    /** An item to schedule: the step it belongs to, its title and link, its time (zero for steps with nothing to do). */
    record Work(int step, String title, Optional<String> link, Minutes minutes) {
    }

    public Schedule {
        sessions = List.copyOf(sessions);
        stepDates = Map.copyOf(stepDates);
    }

    /** The date the step starts on. */
    public Optional<LocalDate> dateOf(int step) {
        return Optional.ofNullable(stepDates.get(step));
    }

    static Schedule of(List<Work> work, Pace pace, LocalDate start, Instant stamp, String name) {
        Filler f = new Filler(pace, start);
        work.forEach(f::place);
        f.finish();
        return new Schedule(pace, start, f.sessions, f.dates, stamp, name);
    }

    /** Fills sessions one after another. */
    private static final class Filler {
        private final Pace pace;
        private final LocalDate start;
        private final int length;
        private final List<Session> sessions = new ArrayList<>();
        private final Map<Integer, LocalDate> dates = new HashMap<>();
        private final List<Integer> waiting = new ArrayList<>();
        private List<Part> parts = new ArrayList<>();
        private int used;

        Filler(Pace pace, LocalDate start) {
            this.pace = pace;
            this.start = start;
            this.length = pace.sessionLength().value();
        }

        void place(Work w) {
            int left = w.minutes().value();
            if (left == 0) {
                waiting.add(w.step());
                return;
            }
            startWork(left);
            boolean first = true;
            while (left > 0) {
                if (used == length) {
                    close();
                }
                int take = Math.min(left, length - used);
                left -= take;
                used += take;
                parts.add(new Part(w.step(), w.title(), w.link(), Minutes.of(take), !first, left > 0));
                dates.putIfAbsent(w.step(), dateOf(sessions.size()));
                first = false;
            }
        }

        /** Moves to a new session if this one is full or nearly so; steps with nothing to do get this day. */
        private void startWork(int minutes) {
            if (used == length || length - used < Math.min(LEAST_USEFUL_MINUTES, minutes)) {
                close();
            }
            waiting.forEach(step -> dates.putIfAbsent(step, dateOf(sessions.size())));
            waiting.clear();
        }

        /** Ends the schedule: steps with nothing to do after the last work share the last session's day. */
        void finish() {
            close();
            int last = Math.max(0, sessions.size() - 1);
            waiting.forEach(step -> dates.putIfAbsent(step, dateOf(last)));
        }

        void close() {
            if (!parts.isEmpty()) {
                int minutes = parts.stream().mapToInt(p -> p.minutes().value()).sum();
                sessions.add(new Session(sessions.size() + 1, dateOf(sessions.size()), Minutes.of(minutes), parts));
            }
            parts = new ArrayList<>();
            used = 0;
        }

        /**
         * The date of the session with zero-based index {@code i}.
         *
         * @throws PlanRequestException when its calendar event would end after {@link Pace#LAST_DATE}
         */
        private LocalDate dateOf(int i) {
            int perWeek = pace.sessionsPerWeek();
            LocalDate date = start.plusDays(7L * (i / perWeek) + pace.dayOfSession(i % perWeek));
            if (!date.isBefore(Pace.LAST_DATE)) {
                throw new PlanRequestException(PlanRequest.START, start.toString(), "gives a schedule that runs past "
                        + Pace.LAST_DATE + " (session " + (i + 1) + " would be on " + date + "): schedules must end by "
                        + Pace.LAST_DATE + "; start earlier or study more hours a week");
            }
            return date;
        }
    }
}
