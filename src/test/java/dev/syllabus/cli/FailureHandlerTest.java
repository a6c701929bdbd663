package dev.syllabus.cli;

import dev.syllabus.kb.Slug;
import dev.syllabus.plan.PlanRequest;
import dev.syllabus.plan.PlanRequestException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One mapping from exceptions to exit codes: named usage errors exit 2, everything else 1, without a stack trace. */
class FailureHandlerTest {
    private final StringWriter err = new StringWriter();

    private int handle(Exception e) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return new FailureHandler().handleExecutionException(e, cli, null);
    }

    @Test
    void anUnexpectedIllegalArgumentIsAFailureNotAUsageError() {
        assertThat(handle(new IllegalArgumentException("index 3 out of range"))).isEqualTo(1);
        assertThat(err.toString()).contains("index 3 out of range").doesNotContain("\tat ");
    }

    @Test
    void aUsageErrorExits2WithItsMessage() {
        assertThat(handle(new UsageError("--port 70000 is not a port"))).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("syllabus: --port 70000 is not a port" + System.lineSeparator());
    }

    @Test
    void aRefusedPlanRequestExits2NamingTheOption() {
        var refused = new PlanRequestException(PlanRequest.GOAL, "dpoo", "is not a concept, paper or path", List.of(Slug.of("dpo")));
        assertThat(handle(refused)).isEqualTo(2);
        assertThat(err.toString()).contains("--goal", "dpoo");
    }
}
