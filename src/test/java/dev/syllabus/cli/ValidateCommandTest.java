package dev.syllabus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.syllabus.cli.CliRun.FIXTURE;
import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    @TempDir
    Path folder;

    @Test
    void anEmptyDirectoryIsAUsageErrorSayingWhatAContentDirectoryHolds() {
        syllabus("validate", "--content", folder.toString())
                .isUsageError(folder + " holds no content", "concepts/", "<slug>.md", "docs/content-format.md");
    }

    @Test
    void aDirectoryOfOtherFilesIsAUsageErrorPointingAtTheContentFolderInside() throws IOException {
        Files.writeString(folder.resolve("README.md"), "# A project\n");
        Files.createDirectories(folder.resolve("content/concepts"));

        CliRun run = syllabus("validate", "--content", folder.toString());

        run.isUsageError(folder + " holds no content", "did you mean --content " + folder.resolve("content") + "?");
        assertThat(run.out()).doesNotContain("0 errors");
    }

    @Test
    void validContentExitsZeroWithASummary() {
        CliRun run = syllabus("validate", "--content", FIXTURE.toString()).succeeds();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 9 entities" + System.lineSeparator());
    }

    @Test
    void contentWithAnErrorExitsOneAndPrintsFileLineRuleAndFix() throws IOException {
        Path content = brokenCopy("url: https://example.org/nn-primer/", "url: https://example.org/nn primer/");
        CliRun run = syllabus("validate", "--content", content.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("resources/nn-primer.md:5: error [bad-url] url: 'https://example.org/nn primer/' is not a web "
                + "address (it contains spaces): write an absolute address such as https://example.org/page");
        assertThat(run.out()).contains("1 error, 0 warnings in 9 entities");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void warningsAloneDoNotFailValidation() throws IOException {
        Path content = copyOfFixture();
        Files.writeString(content.resolve("creators/nobody.md"), "---\nname: Nobody\nkind: person\n---\n");
        CliRun run = syllabus("validate", "--content", content.toString()).succeeds();
        assertThat(run.out()).contains("warning [orphan]", "0 errors, 1 warning in 10 entities");
    }

    @Test
    void jsonFindingsHaveSeverityRuleFileLineAndMessage() throws IOException {
        Path content = brokenCopy("covers: [neural-networks]", "covers: [neural-network]");
        CliRun run = syllabus("validate", "--content", content.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode findings = run.json();
        assertThat(findings.isArray()).isTrue();
        JsonNode first = findings.get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("severity", "rule", "file", "line", "message");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("rule").asText()).isEqualTo("unresolved-reference");
        assertThat(first.get("file").asText()).isEqualTo("resources/nn-primer.md");
        assertThat(first.get("line").isInt()).isTrue();
        assertThat(first.get("line").asInt()).isEqualTo(6);
        assertThat(first.get("message").asText()).contains("did you mean 'neural-networks'?");
    }

    @Test
    void jsonForValidContentIsAnEmptyList() {
        assertThat(syllabus("validate", "--content", FIXTURE.toString(), "--format", "json").succeeds().json()).isEmpty();
    }

    @Test
    void aMissingContentDirectoryIsAUsageErrorNamingTheDirectory() {
        Path missing = folder.resolve("no-such-content");
        CliRun run = syllabus("validate", "--content", missing.toString())
                .isUsageError("--content " + missing + ": no such directory", "point it at the folder that holds concepts/");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        syllabus("validate", "--content", FIXTURE.toString(), "--format", "xml").isUsageError("--format", "xml");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        syllabus("validate", "--strict").isUsageError("Unknown option: '--strict'");
    }

    @Test
    void theBundledContentValidatesWithoutErrorsByDefault() {
        CliRun run = syllabus("validate").succeeds();
        assertThat(run.out()).doesNotContain("error [");
        assertThat(run.out().lines().reduce((first, second) -> second)).hasValueSatisfying(last -> assertThat(last).startsWith("0 errors, "));
    }

    @Test
    void helpDescribesTheExitCodes() {
        CliRun run = syllabus("--help").succeeds();
        assertThat(run.out()).contains("validate", "list", "show", "Exit codes:", "2   usage error");
    }

    private Path copyOfFixture() throws IOException {
        Path target = folder.resolve("content");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(FIXTURE.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
        }
        return target;
    }

    private Path brokenCopy(String from, String to) throws IOException {
        Path content = copyOfFixture();
        Path primer = content.resolve("resources/nn-primer.md");
        Files.writeString(primer, Files.readString(primer).replace(from, to));
        return content;
    }
}
