package dev.syllabus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One run of the command line as a user types it: the exit code and what it printed on each stream. */
record CliRun(int exitCode, String out, String err) {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/valid");

    static CliRun syllabus(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The same as {@link #syllabus}, under the name the plan and path command tests use; paths become text. */
    static CliRun run(Object... args) {
        return syllabus(java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("output is not JSON: " + out, e);
        }
    }

    /** A usage error: exit 2, a message on stderr containing {@code fragments}, and nothing that looks like a stack trace. */
    CliRun isUsageError(String... fragments) {
        assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(2);
        assertThat(err).contains(fragments);
        return hasNoStackTrace();
    }

    CliRun succeeds() {
        assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
        assertThat(err).isEmpty();
        return this;
    }

    CliRun hasNoStackTrace() {
        assertThat(err + out).doesNotContain("\tat ", "Exception", "Caused by");
        return this;
    }
}
