package dev.syllabus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.view.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;
    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyTheValidFixtureTree() throws IOException {
        content = tmp.resolve("content");
        try (Stream<Path> walk = Files.walk(FIXTURES.resolve("valid"))) {
            for (Path p : walk.toList()) {
                Path target = content.resolve(FIXTURES.resolve("valid").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.toList()) {
                files.put(content.relativize(p).toString(), Files.isDirectory(p) ? "/" : Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void aGuideNestedAHundredThousandListsDeepIsRefusedNamingItsLine() throws IOException {
        Path deep = file("deep.md", ("# Guide\n\n" + "- ".repeat(100_000) + "[A](https://a.org/a)\n").getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = snapshot();

        int code = run("import", deep.toString(), "--into", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("deep.md:3: nested", "nothing was imported").doesNotContain("Exception", "\tat ");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void withoutIntoItReportsAgainstTheBundledKnowledgeBaseAndWritesNothing() {
        int code = run("import", FIXTURES.resolve("import/reading-table.md").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("KNOWN     attention-is-all-you-need").contains("Nothing written: give --into DIR");
    }

    @Test
    void intoADirectoryItWritesDraftsThatValidate() {
        int code = run("import", FIXTURES.resolve("import/awesome-list.md").toString(), "--into", content.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("9 new").contains("Wrote 19 files in");
        assertThat(run("validate", "--content", content.toString())).isZero();
        assertThat(out.toString()).contains("warning [draft]");
    }

    @Test
    void aDryRunSaysWhatItWouldWriteAndWritesNothing() throws IOException {
        Map<String, String> before = snapshot();

        int code = run("import", FIXTURES.resolve("import/awesome-list.md").toString(), "--into", content.toString(), "--dry-run");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Would write 19 files");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aDryRunWithoutIntoReportsAgainstTheBundledKnowledgeBase() {
        int code = run("import", FIXTURES.resolve("import/awesome-list.md").toString(), "--dry-run");

        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("1 document: \\d+ new, \\d+ known").contains("Dry run: nothing written");
    }

    @Test
    void inPageLinksAreReportedOnceInASummary() {
        int code = run("import", FIXTURES.resolve("import/awesome-list.md").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).containsOnlyOnce("inside the document").contains("2 links point inside the document (#foundations");
    }

    @Test
    void theJsonReportCountsEveryOutcome() throws IOException {
        int code = run("import", FIXTURES.resolve("import/awesome-list.md").toString(), "--format", "json");

        JsonNode report = Json.mapper().readTree(out.toString());
        assertThat(code).isZero();
        assertThat(report.at("/summary/new").asInt()).isEqualTo(report.at("/items").findValues("status").stream()
                .filter(s -> s.asText().equals("new")).count());
        assertThat(report.at("/items/0/origins/0").asText()).contains("awesome-list.md:");
    }

    @Test
    void standardInputIsReadWhenTheFileIsADash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("- [nanoGPT](https://github.com/karpathy/nanoGPT) - Andrej Karpathy.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(run("import", "-")).isZero();
        } finally {
            System.setIn(saved);
        }
        assertThat(out.toString()).contains("NEW       nanogpt  code  https://github.com/karpathy/nanoGPT").contains("<stdin>:1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"binary", "empty", "blank", "latin1", "truncated-utf8"})
    void unreadableInputFailsWithAClearMessageAndChangesNothing(String kind) throws IOException {
        Path bad = file(kind + ".md", switch (kind) {
            case "binary" -> new byte[]{'#', ' ', 'x', 0, 1, 2, (byte) 0xff};
            case "empty" -> new byte[0];
            case "blank" -> " \n\n\t\n".getBytes(StandardCharsets.UTF_8);
            case "latin1" -> "- [Caf\u00e9](https://example.org/caf\u00e9)".getBytes(StandardCharsets.ISO_8859_1);
            default -> new byte[]{'-', ' ', (byte) 0xe2, (byte) 0x80};
        });
        Map<String, String> before = snapshot();

        int code = run("import", bad.toString(), "--into", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("syllabus: " + bad).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path huge = tmp.resolve("huge.md");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        Map<String, String> before = snapshot();

        int code = run("import", huge.toString(), "--into", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("100 MB is too large for a guide");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void oneBadFileAmongGoodOnesStopsTheWholeImport() throws IOException {
        Path bad = file("bad.md", new byte[]{0, 0, 0});
        Map<String, String> before = snapshot();

        int code = run("import", FIXTURES.resolve("import/awesome-list.md").toString(), bad.toString(), "--into", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aMergeThatCannotBeWrittenLeavesEveryFileAsItWas() throws IOException {
        Path primer = content.resolve("resources/nn-primer.md");
        Files.writeString(primer, Files.readString(primer).replace("url: https://example.org/nn-primer/\n",
                "url: https://example.org/nn-primer/\nalternate_urls: https://mirror.example.org/nn-primer\n"));
        Path guide = file("guide.md", ("- [A neural network primer](https://other.example.org/primer) - Demo Channel.\n"
                + "- [Something new](https://new.example.org/post) - Demo Channel.\n").getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = snapshot();

        int code = run("import", guide.toString(), "--into", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("resources/nn-primer.md").contains("by hand").contains("nothing was written");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void unsafeLinksAreReportedAsSkippedAndNeverWritten() throws IOException {
        Path page = file("unsafe.md", ("- [Click](javascript:alert(1))\n- [Pixel](data:text/html;base64,PHNjcmlwdD4=)\n"
                + "- [Script](JaVaScRiPt:alert(2))\n").getBytes(StandardCharsets.UTF_8));

        int code = run("import", page.toString(), "--into", content.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("0 new").contains("3 skipped").contains("javascript: link").contains("data: link");
        assertThat(out.toString()).contains("Nothing to write");
    }

    @Test
    void aProtocolRelativeAddressIsNotImportedAndTheReportSaysItHasNoScheme() throws IOException {
        Path page = file("relative.md", "- [Evil page](//evil.example/x) - Some One.\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = snapshot();

        int code = run("import", page.toString(), "--into", content.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("0 new").contains("'//evil.example/x' has no scheme");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aMissingFileIsAUsageError() {
        int code = run("import", tmp.resolve("nope.md").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("nope.md: no such file");
    }

    @Test
    void aMissingIntoDirectoryIsAUsageErrorThatSaysHowToCreateIt() {
        int code = run("import", FIXTURES.resolve("import/awesome-list.md").toString(), "--into", tmp.resolve("none").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no such directory").contains("mkdir -p");
    }

    @Test
    void intoAndContentTogetherAreAUsageError() {
        int code = run("import", FIXTURES.resolve("import/awesome-list.md").toString(), "--into", content.toString(),
                "--content", content.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("not both");
    }
}
