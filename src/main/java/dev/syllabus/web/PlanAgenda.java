package dev.syllabus.web;

import dev.syllabus.plan.Schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A plan's schedule as a week-by-week agenda on the page: "Mon 7 Dec, 1 h: Backpropagation (25 min), …". */
public record PlanAgenda(List<Week> weeks) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** One week of sessions. */
    public record Week(String title, List<Session> sessions) {
    }

    /** One sitting: its day, its length and what it covers. */
    public record Session(String day, String length, String what) {
    }

    static String day(LocalDate d) {
        return DAY.format(d);
    }

    static PlanAgenda of(Schedule s) {
        List<Week> weeks = new ArrayList<>();
        List<Session> current = new ArrayList<>();
        int week = -1;
        for (Schedule.Session session : s.sessions()) {
            int w = (int) (java.time.temporal.ChronoUnit.DAYS.between(s.start(), session.date()) / 7);
            if (w != week && !current.isEmpty()) {
                weeks.add(new Week(title(week, s.start()), current));
                current = new ArrayList<>();
            }
            week = w;
            String what = session.parts().stream().map(p -> p.title() + " (" + Lengths.of(p.minutes())
                    + (p.continued() ? ", continued" : "") + (p.continues() ? ", to be continued" : "") + ")")
                    .collect(Collectors.joining("; "));
            current.add(new Session(day(session.date()), Lengths.of(session.minutes()), what));
        }
        if (!current.isEmpty()) {
            weeks.add(new Week(title(week, s.start()), current));
        }
        return new PlanAgenda(List.copyOf(weeks));
    }

    private static String title(int week, LocalDate start) {
        return "Week " + (week + 1) + ", from " + day(start.plusDays(7L * week));
    }
}
