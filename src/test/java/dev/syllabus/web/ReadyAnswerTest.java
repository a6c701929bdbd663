package dev.syllabus.web;

import dev.syllabus.view.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyAnswerTest {
    record Ready(boolean ready) {
    }

    @Test
    void theWrittenOutReadinessAnswersAreWhatJacksonWouldWrite() {
        assertThat(new String(OpsRoutes.READY.body(), StandardCharsets.UTF_8)).isEqualTo(Json.pretty(new Ready(true)));
        assertThat(new String(OpsRoutes.DRAINING.body(), StandardCharsets.UTF_8)).isEqualTo(Json.pretty(new Ready(false)));
    }
}
