package dev.syllabus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.view.Json;
import org.junit.jupiter.api.Test;

import static dev.syllabus.cli.CliRun.FIXTURE;
import static dev.syllabus.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTest {
    @Test
    void planListsTheStepsPrerequisitesFirst() {
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).containsSubsequence(" 1. Neural networks", "Covers Attention mechanism", "Covers Self-attention");
    }

    @Test
    void anUnknownGoalIsAUsageErrorWithTheOptionNameAndSuggestions() {
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-atention");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("syllabus: --goal 'self-atention' is not a concept, paper or path in the knowledge base. "
                + "Did you mean 'self-attention'").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBadOptionValueIsNamedAsTheUserTypedIt() {
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention", "--hours-per-week", "lots");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--hours-per-week 'lots' is not a number of hours");
    }

    @Test
    void aBudgetWithoutAUnitIsAUsageErrorAskingForOne() {
        run("plan", "--content", FIXTURE, "--goal", "self-attention", "--budget", "12")
                .isUsageError("--budget '12' has no unit", "12h", "12m");
    }

    @Test
    void aStartWithoutAPaceNamesTheOptionToAddAsTyped() {
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention", "--start", "2026-12-01")
                .isUsageError("--start '2026-12-01' needs --hours-per-week too");
        assertThat(r.err()).doesNotContain("hoursPerWeek");
    }

    @Test
    void aCalendarWithoutAPaceIsAUsageError() {
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention", "--format", "ics");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--format ics needs --hours-per-week");
    }

    @Test
    void aPacedPlanWritesACalendar() {
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention", "--format", "ics",
                "--hours-per-week", "3", "--start", "2026-12-01");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20261201").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void jsonNamesTheGoalsAndTheKnownConcepts() throws Exception {
        CliRun r = run("plan", "--content", FIXTURE, "--goal", "self-attention", "--known", "neural-networks",
                "--format", "json", "--budget", "2h");
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("goals").get(0).asText()).isEqualTo("self-attention");
        assertThat(json.get("known").get(0).asText()).isEqualTo("neural-networks");
        assertThat(json.get("budgetMinutes").asInt()).isEqualTo(120);
        assertThat(json.get("steps").get(0).get("alsoCovers").get(0).get("concept").asText()).isEqualTo("attention-mechanism");
    }
}
