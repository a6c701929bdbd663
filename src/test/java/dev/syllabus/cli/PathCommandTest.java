package dev.syllabus.cli;

import org.junit.jupiter.api.Test;

import static dev.syllabus.cli.CliRun.FIXTURE;
import static dev.syllabus.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

class PathCommandTest {
    @Test
    void pathShowsEachPhaseBesideItsEstimateAndTheTotalBesideTheStatedRange() {
        // The video without a curator's length counts its study time: 26m running, 33m with pauses.
        CliRun r = run("path", "--content", FIXTURE, "demo-path");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("Total: 1h 48m (the curator states 1h-2h: within it)")
                .contains("1. Basics — items 58m, stated ~1h, watch")
                .contains("Postponed:\n  - self-attention (Self-attention): Comes later.");
    }

    @Test
    void anUnknownPathIsAUsageErrorWithSuggestions() {
        CliRun r = run("path", "--content", FIXTURE, "demo-pth");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'demo-pth' is not a learning path in the knowledge base. Did you mean 'demo-path'?");
    }

    @Test
    void aPacedPathWritesACalendar() {
        CliRun r = run("path", "--content", FIXTURE, "demo-path", "--hours-per-week", "1", "--format", "ics");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT");
    }
}
