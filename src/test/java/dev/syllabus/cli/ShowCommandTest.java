package dev.syllabus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.syllabus.cli.CliRun.FIXTURE;
import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

class ShowCommandTest {
    private static final String CONTENT = FIXTURE.toString();

    @Test
    void showsAConceptWithWhatItLinksToAndWhatLinksToIt() {
        String out = syllabus("show", "self-attention", "--content", CONTENT).succeeds().out();
        assertThat(out).startsWith("Self-attention\nconcept · self-attention\n".replace("\n", System.lineSeparator()));
        assertThat(out).contains("requires attention-mechanism");
        assertThat(section(out, "Links to:")).contains("concept attention-mechanism", "paper bahdanau-attention",
                "resource attention-demo-video", "creator demo-channel");
        assertThat(section(out, "Linked from:")).contains("resource attention-demo-video", "path demo-path", "guide demo-guide");
    }

    @Test
    void showsAResourceWithItsSegmentsAndDeepLinks() {
        String out = syllabus("show", "attention-demo-video", "--content", CONTENT).succeeds().out();
        assertThat(out).contains("at 11:08", "https://youtube.com/watch?v=eMlx5fFNoYc&t=668s");
    }

    @Test
    void jsonHoldsTheTypeTheEntityItsLinksAndBacklinks() {
        JsonNode shown = syllabus("show", "attention-mechanism", "--content", CONTENT, "--format", "json").succeeds().json();
        assertThat(shown.get("type").asText()).isEqualTo("concept");
        assertThat(shown.get("entity").get("slug").asText()).isEqualTo("attention-mechanism");
        assertThat(shown.get("links").get(0).get("slug").asText()).isEqualTo("neural-networks");
        assertThat(shown.get("links").get(0).get("field").asText()).isEqualTo("/prerequisites/0/concept");
        List<String> from = new ArrayList<>();
        shown.get("backlinks").forEach(b -> from.add(b.get("type").asText() + " " + b.get("slug").asText() + " " + b.get("field").asText()));
        assertThat(from).contains("paper bahdanau-attention /introduces/0", "concept neural-networks body",
                "concept self-attention /prerequisites/0/concept", "guide demo-guide /topics/0/concept");
    }

    @Test
    void anUnknownSlugSuggestsTheClosestAndExitsTwo() {
        CliRun run = syllabus("show", "self-atention", "--content", CONTENT)
                .isUsageError("'self-atention' is not in the knowledge base", "Did you mean 'self-attention'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aNameThatIsNotASlugStillGetsSuggestions() {
        syllabus("show", "Neural Networks", "--content", CONTENT).isUsageError("Did you mean 'neural-networks'");
    }

    @Test
    void anUnknownSlugWithNothingCloseSaysHowToSeeWhatExists() {
        syllabus("show", "quantum-chromodynamics", "--content", CONTENT).isUsageError("run 'syllabus list concepts'");
    }

    @Test
    void theBundledContentIsShownByDefaultAndSuggestsPagesForAPartialSlug() {
        assertThat(syllabus("show", "attention-is-all-you-need").succeeds().out()).contains("1706.03762", "Linked from:");
        syllabus("show", "bahdanau").isUsageError("Did you mean", "'bahdanau-attention'");
    }

    @Test
    void aMissingContentDirectoryIsAUsageError() {
        syllabus("show", "bert", "--content", "does/not/exist").isUsageError("--content does/not/exist: no such directory");
    }

    private static String section(String out, String heading) {
        int start = out.indexOf(heading);
        assertThat(start).as("section %s in %s", heading, out).isNotNegative();
        int end = out.indexOf(System.lineSeparator() + System.lineSeparator(), start);
        return end < 0 ? out.substring(start) : out.substring(start, end);
    }
}
