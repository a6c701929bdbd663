package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final String LONG_TITLE = "Attention in transformers, step-by-step; with “curly quotes”, ümlauts and "
            + "a backslash \\ in a title long enough to need folding more than once over";

    private static Schedule schedule(String title) {
        List<Schedule.Work> work = List.of(
                new Schedule.Work(1, title, Optional.of("https://youtube.com/watch?v=eMlx5fFNoYc&t=668s"), Minutes.of(50)),
                new Schedule.Work(2, "Tokenization: a summary", Optional.empty(), Minutes.of(40)));
        return Schedule.of(work, Pace.hoursPerWeek(1, START), START, Instant.parse("2026-11-22T10:15:30Z"), "plan for dpo");
    }

    /** The logical lines of an iCalendar text: physical lines joined where a line break is followed by a space. */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    private static String value(List<String> lines, String property, int occurrence) {
        return lines.stream().filter(l -> l.startsWith(property + ":") || l.startsWith(property + ";"))
                .skip(occurrence).findFirst().map(l -> l.substring(l.indexOf(':') + 1)).orElseThrow();
    }

    @Test
    void everyLineEndsWithCrlfAndNoneIsLongerThan75Octets() {
        String ics = Calendar.render(schedule(LONG_TITLE));
        assertThat(ics).endsWith("\r\n").doesNotContain("\n\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics.split("\r\n ").length).as("long lines are folded").isGreaterThan(2);
    }

    @Test
    void foldingNeverSplitsACharacterAndUnfoldsToTheWholeValue() {
        String ics = Calendar.render(schedule(LONG_TITLE));
        assertThat(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(ics);
        assertThat(value(unfolded(ics), "SUMMARY", 0)).isEqualTo("Study session 1 of 2 (1h): " + Calendar.text(LONG_TITLE));
    }

    @Test
    void textEscapesBackslashesSemicolonsCommasAndLineBreaks() {
        assertThat(Calendar.text("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    }

    @Test
    void oneAllDayEventPerSessionWithUidAndTheClocksTimeAsDtstamp() {
        String ics = Calendar.render(schedule("Self-attention"));
        List<String> lines = unfolded(ics);
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "PRODID:-//Syllabus//Study planner//EN", "END:VCALENDAR");
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(2);
        assertThat(lines.stream().filter("END:VEVENT"::equals)).hasSize(2);
        assertThat(value(lines, "DTSTAMP", 0)).isEqualTo("20261122T101530Z");
        assertThat(value(lines, "DTSTART", 1)).isEqualTo("20261208");
        assertThat(value(lines, "DTEND", 1)).isEqualTo("20261209");
        assertThat(value(lines, "UID", 0)).matches("syllabus-[0-9a-f]{16}-1@syllabus\\.dev");
        assertThat(value(lines, "UID", 0)).isNotEqualTo(value(lines, "UID", 1));
        assertThat(value(lines, "DESCRIPTION", 0)).contains("- step 1: Self-attention\\, 50m\\n  https://youtube.com/watch?v=eMlx5fFNoYc&t=668s");
    }

    @Test
    void theSameScheduleKeepsItsUidsSoAReimportUpdatesTheEvents() {
        assertThat(value(unfolded(Calendar.render(schedule("A"))), "UID", 0))
                .isEqualTo(value(unfolded(Calendar.render(schedule("B"))), "UID", 0));
    }
}
