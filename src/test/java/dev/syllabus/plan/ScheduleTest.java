package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private static Schedule.Work work(int step, int minutes) {
        return new Schedule.Work(step, "item " + step, Optional.empty(), Minutes.of(minutes));
    }

    private static Schedule schedule(double hoursPerWeek, Schedule.Work... work) {
        return Schedule.of(List.of(work), Pace.hoursPerWeek(hoursPerWeek, TUESDAY), TUESDAY, Instant.EPOCH, "test");
    }

    @Test
    void aScheduleThatWouldRunPastTheLastDateIsRefusedSayingHowToFitIt() {
        LocalDate lateDecember = LocalDate.of(9999, 12, 25);
        Pace slow = Pace.hoursPerWeek(0.25, lateDecember);
        List<Schedule.Work> work = List.of(work(1, 60), work(2, 60));

        assertThatThrownBy(() -> Schedule.of(work, slow, lateDecember, Instant.EPOCH, "test"))
                .isInstanceOf(PlanRequestException.class).hasMessageContaining("9999-12-25")
                .hasMessageContaining("end by 9999-12-31").hasMessageContaining("start earlier or study more hours a week");
    }

    @Test
    void aScheduleEndingOnTheLastDateStillHasACalendarEndInRange() {
        LocalDate last = LocalDate.of(9999, 12, 30);
        Schedule s = Schedule.of(List.of(work(1, 60)), Pace.hoursPerWeek(5, last), last, Instant.EPOCH, "test");

        assertThat(Calendar.render(s)).contains("DTSTART;VALUE=DATE:99991230").contains("DTEND;VALUE=DATE:99991231");
    }

    @Test
    void theWeeksTimeIsSharedIntoSessionsOfAboutAnHourSpreadOverTheWeek() {
        Pace pace = Pace.hoursPerWeek(5, TUESDAY);
        assertThat(pace.sessionsPerWeek()).isEqualTo(5);
        assertThat(pace.sessionLength()).isEqualTo(Minutes.of(60));
        Schedule s = schedule(5, work(1, 60), work(2, 60), work(3, 60), work(4, 60), work(5, 60), work(6, 60));
        assertThat(s.sessions()).extracting(x -> x.date().toString())
                .containsExactly("2026-12-01", "2026-12-02", "2026-12-03", "2026-12-05", "2026-12-06", "2026-12-08");
    }

    @Test
    void aSmallWeeklyBudgetGivesFewerShorterSessions() {
        Pace pace = Pace.hoursPerWeek(1.5, TUESDAY);
        assertThat(pace.sessionsPerWeek()).isEqualTo(2);
        assertThat(pace.sessionLength()).isEqualTo(Minutes.of(45));
    }

    @Test
    void anItemLongerThanASessionContinuesInTheNextOne() {
        Schedule s = schedule(2, work(1, 20), work(2, 130));
        assertThat(s.sessions()).hasSize(3);
        assertThat(s.sessions().get(0).parts()).extracting(p -> p.minutes().value()).containsExactly(20, 40);
        Schedule.Part last = s.sessions().get(2).parts().get(0);
        assertThat(last.continued()).isTrue();
        assertThat(last.continues()).isFalse();
        assertThat(last.minutes()).isEqualTo(Minutes.of(30));
        assertThat(s.dateOf(2)).hasValue(TUESDAY);
    }

    @Test
    void anItemIsNotStartedInTheLastFewMinutesOfASession() {
        Schedule s = schedule(1, work(1, 55), work(2, 30));
        assertThat(s.sessions()).extracting(x -> x.minutes().value()).containsExactly(55, 30);
        assertThat(s.dateOf(2)).hasValue(TUESDAY.plusDays(7));
    }

    @Test
    void aStepWithNothingToDoIsDatedWhereTheNextWorkHappens() {
        Schedule s = schedule(1, work(1, 60), work(2, 0), work(3, 10));
        assertThat(s.dateOf(2)).hasValue(TUESDAY.plusDays(7));
        assertThat(s.sessions()).hasSize(2);
    }
}
