package dev.syllabus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.syllabus.cli.CliRun.FIXTURE;
import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

class SearchCommandTest {
    private static final String CONTENT = FIXTURE.toString();

    @Test
    void printsRankedHitsWithSnippetsAndDeepLinks() {
        String out = syllabus("search", "attending to itself", "--content", CONTENT).succeeds().out();
        assertThat(out.lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
                .startsWith(" 1. Attention, shown: a demo (at 11:08)").contains("[segment video attention-demo-video]"));
        assertThat(out).contains("[attending] to [itself]", "https://youtube.com/watch?v=eMlx5fFNoYc&t=668s");
        assertThat(out).containsPattern("\\d+ of \\d+ results\\.");
    }

    @Test
    void jsonIsTheListOfHitsWithTheApiFields() {
        JsonNode hits = syllabus("search", "self-attention", "--content", CONTENT, "--format", "json").succeeds().json();
        assertThat(hits.isArray()).isTrue();
        JsonNode first = hits.get(0);
        assertThat(first.get("type").asText()).isEqualTo("concept");
        assertThat(first.get("slug").asText()).isEqualTo("self-attention");
        List<String> fields = new ArrayList<>();
        hits.forEach(h -> h.fieldNames().forEachRemaining(fields::add));
        assertThat(fields).contains("type", "slug", "title", "kind", "creators", "url", "deepLink", "snippet", "score");
    }

    @Test
    void filtersByKindCreatorAndLimit() {
        JsonNode hits = syllabus("search", "attention", "--kind", "video", "--creator", "demo-channel", "--limit", "2",
                "--content", CONTENT, "--format", "json").succeeds().json();
        assertThat(hits).hasSize(2);
        hits.forEach(h -> assertThat(h.get("kind").asText()).isEqualTo("video"));
    }

    @Test
    void aCorrectedSpellingIsReportedAboveTheHits() {
        String out = syllabus("search", "atention", "--content", CONTENT).succeeds().out();
        assertThat(out.lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("Note: Showing results for \"attention\""));
    }

    @Test
    void aQueryWithNothingToSearchForSaysSoAndSucceeds() {
        String out = syllabus("search", "(", "--content", CONTENT).succeeds().out();
        assertThat(out).contains("nothing to search for", "No results.");
    }

    @Test
    void anEmptyQueryWithoutFiltersIsAUsageError() {
        syllabus("search", "", "--content", CONTENT).isUsageError("the query is empty", "syllabus search \"causal masking\"");
    }

    @Test
    void anUnknownKindIsAUsageErrorListingTheKinds() {
        syllabus("search", "attention", "--kind", "vid", "--content", CONTENT).isUsageError("kind 'vid' is not known", "video");
    }

    @Test
    void anUnknownCreatorIsAUsageErrorWithASuggestion() {
        syllabus("search", "attention", "--creator", "demo-chanel", "--content", CONTENT)
                .isUsageError("creator 'demo-chanel' is not in the knowledge base", "Did you mean 'demo-channel'?");
    }

    @Test
    void aLimitOutOfRangeIsAUsageError() {
        syllabus("search", "attention", "--limit", "500", "--content", CONTENT).isUsageError("limit 500 is out of range");
    }
}
