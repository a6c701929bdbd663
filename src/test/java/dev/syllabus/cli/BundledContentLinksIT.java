package dev.syllabus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.Resource;
import dev.syllabus.links.LinkFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled content checked against a loopback mirror of the web it links to: every site answers, YouTube knows every
 * well-formed video id, and a host the content documents as misspelt does not exist. The check must find exactly the
 * guides' documented defects, as broken or malformed, and nothing else.
 */
class BundledContentLinksIT {
    @Test
    void checkingTheBundledContentFindsItsDocumentedDefectsAndNothingElse() {
        List<Resource> resources = ContentLoader.loadBundled().kb().resources();
        Map<String, Integer> expected = new TreeMap<>();
        Set<String> misspeltHosts = new TreeSet<>();
        for (Resource r : resources) {
            for (KnownDefect d : r.defects()) {
                if (!d.kind().breaksTheLink()) {
                    continue;
                }
                expected.merge(d.kind().id(), 1, Integer::sum);
                if (d.kind() == DefectKind.MISSPELT_HOST) {
                    r.url().ifPresent(u -> misspeltHosts.add(u.host()));
                }
            }
        }
        try (LinkFixture mirror = LinkFixture.start(1)) {
            String web = mirror.host(1);
            List<String> args = new ArrayList<>(List.of("check-links", "--no-cache", "--format", "json", "--host-interval", "0ms",
                    "--retry-wait", "10ms", "--remap", "^https://www\\.youtube\\.com/oembed\\?(.*) " + web + "/mirror/oembed?$1"));
            int nowhere = LinkFixture.closedPort();
            misspeltHosts.forEach(h -> args.addAll(List.of("--remap", "^https?://(www\\.)?" + Pattern.quote(h) + "(.*) http://127.0.0.1:" + nowhere + "$2")));
            args.addAll(List.of("--remap", "^https?://([^/]+)(.*)$ " + web + "/mirror/$1$2"));

            CliRun run = syllabus(args.toArray(String[]::new));

            Map<String, Integer> found = new TreeMap<>();
            List<String> undocumented = new ArrayList<>();
            for (JsonNode r : run.json().get("results")) {
                String status = r.get("status").asText();
                if (r.hasNonNull("documented")) {
                    assertThat(status).as(r.toString()).isIn("broken", "malformed");
                    found.merge(r.get("documented").asText(), 1, Integer::sum);
                } else if (!status.equals("ok")) {
                    undocumented.add(r.toString());
                }
            }
            assertThat(undocumented).as("nothing else broken, malformed, unverifiable or skipped").isEmpty();
            assertThat(found).isEqualTo(expected);
            assertThat(expected.keySet()).containsExactlyInAnyOrder("not-a-url", "invalid-video-id", "misspelt-host", "bare-host", "missing-url");
            assertThat(run.exitCode()).as("documented defects do not fail the run").isZero();
            assertThat(mirror.counts("HEAD").values()).as("every address requested once").containsOnly(1L);
            assertThat(mirror.counts("GET").keySet()).allSatisfy(k -> assertThat(k).contains("/mirror/oembed"));
            assertThat(mirror.counts("GET").values()).containsOnly(1L);
        }
    }
}
