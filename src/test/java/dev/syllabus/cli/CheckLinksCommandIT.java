package dev.syllabus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.links.LinkFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code syllabus check-links} as a curator runs it, against loopback servers only. */
class CheckLinksCommandIT {
    private static LinkFixture fixture;
    private static String site;

    @TempDir
    Path folder;

    @BeforeAll
    static void startServers() {
        fixture = LinkFixture.start(2);
        site = fixture.host(2);
    }

    @AfterAll
    static void stopServers() {
        fixture.close();
    }

    /** The command with fast waits and a cache of this test's own. */
    private CliRun checkLinks(String... args) {
        List<String> all = new ArrayList<>(List.of("check-links", "--host-interval", "1ms", "--retry-wait", "10ms",
                "--cache-file", folder.resolve("cache.tsv").toString()));
        all.addAll(Arrays.asList(args));
        return syllabus(all.toArray(String[]::new));
    }

    private Path markdown(String name, String text) throws IOException {
        Path f = folder.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aFileWhoseLinksAllWorkExitsZeroWithASummaryAndNoProgressBarWhenNotOnATerminal() throws IOException {
        Path doc = markdown("ok.md", "# Reading\n\n- [one](" + site + "/ok?a)\n- [two](" + site + "/moved?x)\n- [mail](mailto:x@example.org)\n");

        CliRun run = checkLinks(doc.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("3 addresses: 2 ok, 0 broken", "1 skipped");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBrokenLinkExitsOneAndNamesItsFileAndLine() throws IOException {
        Path doc = markdown("broken.md", "Intro.\n\nSee [the page](" + site + "/missing?b) and huggingface.co/learn.\n");

        CliRun run = checkLinks(doc.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("BROKEN", site + "/missing?b", "HTTP 404", doc + ":3");
    }

    @Test
    void aBareHostInADocumentIsMalformedWithTheFix() throws IOException {
        Path doc = markdown("bare.md", "[course](huggingface.co/learn/nlp-course)\n[local](ok.md)\n");
        Files.writeString(folder.resolve("ok.md"), "x");

        CliRun run = checkLinks(doc.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode results = run.json().get("results");
        assertThat(results.get(0).get("status").asText()).isEqualTo("malformed");
        assertThat(results.get(0).get("suggestion").asText()).isEqualTo("https://huggingface.co/learn/nlp-course");
        assertThat(results.get(1).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void htmlFilesAreReadAndEveryFormatRenders() throws IOException {
        Path page = folder.resolve("page.html");
        Files.writeString(page, "<html><body>\n<a href=\"" + site + "/ok?h\">a</a>\n<img src=\"" + site + "/gone?h\">\n</body></html>\n");

        CliRun json = checkLinks(page.toString(), "--format", "json");
        CliRun junit = checkLinks(page.toString(), "--format", "junit");
        CliRun md = checkLinks(page.toString(), "--format", "markdown");

        assertThat(json.json().get("summary").get("broken").asInt()).isEqualTo(1);
        assertThat(junit.out()).startsWith("<?xml").contains("<testsuite", "tests=\"2\"", "failures=\"1\"", "<failure message=\"broken: HTTP 410");
        assertThat(md.out()).contains("| status | address |", "| BROKEN | " + site + "/gone?h |");
    }

    @Test
    void aSecondRunWithinTheCacheAgeAsksNoSiteAndNoCacheAsksAgain() throws IOException {
        Path doc = markdown("cached.md", "[a](" + site + "/ok?cache) [b](" + site + "/busy?cache)\n");
        checkLinks(doc.toString(), "--retries", "0");
        long before = fixture.seen.size();

        CliRun second = checkLinks(doc.toString(), "--retries", "0");

        assertThat(second.out()).contains("1 from the cache");
        assertThat(fixture.requestsTo("/ok?cache")).hasSize(1);
        assertThat(fixture.requestsTo("/busy?cache")).as("a 5xx is never cached").hasSizeGreaterThan(2);
        checkLinks(doc.toString(), "--retries", "0", "--no-cache");
        assertThat(fixture.requestsTo("/ok?cache")).hasSize(2);
        assertThat((long) fixture.seen.size()).isGreaterThan(before);
    }

    @Test
    void mistakesInTheCallAreUsageErrors() throws IOException {
        Path doc = markdown("u.md", "[a](" + site + "/ok)\n");
        checkLinks("--format", "yaml", doc.toString()).isUsageError("--format yaml", "text, json, markdown or junit");
        checkLinks(folder.resolve("absent.md").toString()).isUsageError("no such file");
        checkLinks("--write-status", doc.toString()).isUsageError("--write-status");
        checkLinks("--write-status").isUsageError("needs --content DIR");
        checkLinks("--timeout", "soon", doc.toString()).isUsageError("'soon' is not a duration");
        checkLinks("--remap", "just-one-part", doc.toString()).isUsageError("--remap");
    }

    @Test
    void writeStatusStoresResultsSortedAndABrokenAddressStaysBrokenUntilACheckSaysOtherwise() throws IOException {
        Path content = folder.resolve("content");
        copy(CliRun.FIXTURE, content);
        String toMissing = "^https?://([^/]+)(.*)$ " + site + "/missing/$1$2";
        String toForbidden = "^https?://([^/]+)(.*)$ " + site + "/forbidden/$1$2";
        String toOk = "^https?://([^/]+)(.*)$ " + site + "/mirror/$1$2";

        checkLinks("--content", content.toString(), "--write-status", "--no-cache", "--remap", toMissing);
        List<String> broken = Files.readAllLines(content.resolve("link-status.tsv"));
        checkLinks("--content", content.toString(), "--write-status", "--no-cache", "--remap", toForbidden);
        List<String> afterUnverifiable = Files.readAllLines(content.resolve("link-status.tsv"));
        CliRun validate = syllabus("validate", "--content", content.toString());
        checkLinks("--content", content.toString(), "--write-status", "--no-cache", "--remap", toOk);
        List<String> fixed = Files.readAllLines(content.resolve("link-status.tsv"));

        List<String> rows = broken.stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(rows).isNotEmpty().isSorted().allSatisfy(l -> assertThat(l).contains("\tbroken\t"));
        assertThat(afterUnverifiable).as("unverifiable does not overwrite broken").isEqualTo(broken);
        assertThat(validate.exitCode()).as("broken links are warnings").isZero();
        assertThat(validate.out()).contains("link-broken", "resources/nn-primer.md", "broken, last checked");
        assertThat(fixed.stream().filter(l -> !l.startsWith("#"))).allSatisfy(l -> assertThat(l).contains("\tok\t"));
        assertThat(Files.list(content).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
