package dev.syllabus.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.syllabus.cli.CliRun.FIXTURE;
import static dev.syllabus.cli.CliRun.run;

/** Start dates a schedule cannot use are usage errors that name the range, for plans and curated paths alike. */
class PlanDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-0001-01-01", "1969-12-31"})
    void aStartOutsideTheRangeIsAUsageErrorNamingIt(String start) {
        run("plan", "--content", FIXTURE, "--goal", "self-attention", "--hours-per-week", "5", "--start", start)
                .isUsageError("--start '" + start + "'", "between 1970-01-01 and 9999-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "ics"})
    void aScheduleRunningPastTheLastDateIsAUsageErrorSayingHowToFitIt(String format) {
        run("plan", "--content", FIXTURE, "--goal", "self-attention", "--hours-per-week", "0.25", "--start", "9999-12-25",
                "--format", format).isUsageError("--start '9999-12-25'", "start earlier or study more hours a week");
    }

    @org.junit.jupiter.api.Test
    void aCuratedPathsScheduleRunningPastTheLastDateIsAUsageError() {
        run("path", "demo-path", "--content", FIXTURE, "--hours-per-week", "0.25", "--start", "9999-12-25")
                .isUsageError("--start '9999-12-25'", "start earlier or study more hours a week");
    }
}
