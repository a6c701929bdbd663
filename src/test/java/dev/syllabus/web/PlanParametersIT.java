package dev.syllabus.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.view.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan parameters on the web: dates a schedule cannot use are 400s naming the range; the CLI's spellings work too. */
class PlanParametersIT {
    private static WebServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = Servers.bundled();
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plan?goal=dpo&hoursPerWeek=5&start=%2B999999999-12-31",
            "/api/v1/plan?goal=dpo&hoursPerWeek=5&start=-0001-01-01",
            "/api/v1/plan?goal=dpo&hoursPerWeek=0.25&start=9999-12-25"})
    void anUnusableStartIsA400NamingTheParameter(String path) throws Exception {
        HttpResponse<String> response = client.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode error = Json.mapper().readTree(response.body());
        assertThat(error.get("parameter").asText()).isEqualTo("start");
        assertThat(error.get("detail").asText()).contains("9999-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plan?goal=dpo&hoursPerWeek=5&start=%2B999999999-12-31",
            "/plan?goal=dpo&hoursPerWeek=0.25&start=9999-12-25",
            "/plan?goal=dpo&hoursPerWeek=0.25&start=9999-12-25&format=ics"})
    void thePlanPageAndItsDownloadsSayWhichDatesTheyCanUse(String path) {
        HttpResponse<String> response = client.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).contains("9999-12-31");
    }

    @org.junit.jupiter.api.Test
    void theCommandLineSpellingOfHoursPerWeekIsAcceptedToo() throws Exception {
        HttpResponse<String> response = client.get("/api/v1/plan?goal=dpo&hours-per-week=5&start=2026-12-01");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode plan = Json.mapper().readTree(response.body());
        assertThat(plan.at("/schedule/hoursPerWeek").asDouble()).isEqualTo(5.0);
    }

    @org.junit.jupiter.api.Test
    void bothSpellingsAtOnceAreOneParameterGivenTwice() {
        HttpResponse<String> response = client.get("/api/v1/plan?goal=dpo&hours-per-week=5&hoursPerWeek=4");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("given 2 times");
    }
}
