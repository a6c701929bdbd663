package dev.syllabus.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.view.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON of a hit is the shape issue 4 promises the web and the CLI. */
class HitJsonTest {
    @Test
    void aHitHasExactlyTheFieldsOfTheApi() throws Exception {
        Hit segment = SearchIndex.build(SmallKnowledgeBase.build()).search("minus infinity").hits().get(0);
        JsonNode json = Json.mapper().readTree(Json.pretty(segment));
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("type", "slug", "title", "kind", "creators", "url", "deepLink", "snippet", "score");
        assertThat(json.get("creators").get(0).asText()).isEqualTo("demo-channel");
        assertThat(json.get("score").isNumber()).isTrue();
    }
}
