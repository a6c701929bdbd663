package dev.syllabus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.syllabus.cli.CliRun.FIXTURE;
import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

class ListCommandTest {
    private static final String CONTENT = FIXTURE.toString();

    @Test
    void listsConceptsInCurriculumOrderOneLineEach() {
        List<String> lines = syllabus("list", "concepts", "--content", CONTENT).succeeds().out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("neural-networks").contains("foundations", "Neural networks");
        assertThat(lines.get(1)).startsWith("attention-mechanism").contains("attention-and-transformers");
        assertThat(lines.get(2)).startsWith("self-attention");
    }

    @Test
    void conceptJsonHasSlugTitleAreaAndPrerequisitesWithReasons() {
        JsonNode concepts = syllabus("list", "concepts", "--content", CONTENT, "--format", "json").succeeds().json();
        JsonNode attention = concepts.get(1);
        assertThat(fieldsOf(attention)).contains("slug", "title", "area", "prerequisites");
        assertThat(attention.get("slug").asText()).isEqualTo("attention-mechanism");
        assertThat(attention.get("area").asText()).isEqualTo("attention-and-transformers");
        assertThat(attention.get("prerequisites").get(0).get("concept").asText()).isEqualTo("neural-networks");
        assertThat(attention.get("prerequisites").get(0).get("reason").asText()).isEqualTo("Attention weights are computed by a small network.");
    }

    @Test
    void filtersConceptsByArea() {
        JsonNode concepts = syllabus("list", "concepts", "--area", "attention-and-transformers", "--content", CONTENT, "--format", "json")
                .succeeds().json();
        assertThat(slugsOf(concepts)).containsExactly("attention-mechanism", "self-attention");
    }

    @Test
    void resourceJsonHasEveryFieldTheApiPromises() {
        JsonNode video = syllabus("list", "resources", "--content", CONTENT, "--format", "json").succeeds().json().get(0);
        assertThat(fieldsOf(video)).contains("slug", "kind", "title", "creators", "url", "alternateUrls", "minutes", "covers", "segments");
        assertThat(video.get("slug").asText()).isEqualTo("attention-demo-video");
        assertThat(video.get("url").asText()).isEqualTo("https://youtube.com/watch?v=eMlx5fFNoYc");
        assertThat(video.get("minutes").asInt()).isEqualTo(26);
        assertThat(video.get("creators").get(0).asText()).isEqualTo("demo-channel");
        assertThat(video.get("alternateUrls").isArray()).isTrue();
        JsonNode segment = video.get("segments").get(1);
        assertThat(segment.get("at").asText()).isEqualTo("11:08");
        assertThat(segment.get("concept").asText()).isEqualTo("self-attention");
        assertThat(segment.get("deepLink").asText()).isEqualTo("https://youtube.com/watch?v=eMlx5fFNoYc&t=668s");
    }

    @Test
    void filtersResourcesByKindAndByCreator() {
        assertThat(slugsOf(syllabus("list", "resources", "--kind", "video", "--content", CONTENT, "--format", "json").json()))
                .containsExactly("attention-demo-video");
        assertThat(slugsOf(syllabus("list", "resources", "--creator", "demo-channel", "--content", CONTENT, "--format", "json").json()))
                .containsExactly("attention-demo-video", "nn-primer");
    }

    @Test
    void paperJsonHasTheBibliographicFacts() {
        JsonNode paper = syllabus("list", "papers", "--content", CONTENT, "--format", "json").succeeds().json().get(0);
        assertThat(fieldsOf(paper)).contains("slug", "title", "authors", "year", "venue", "arxiv", "url");
        assertThat(paper.get("arxiv").asText()).isEqualTo("1409.0473");
        assertThat(paper.get("url").asText()).isEqualTo("https://arxiv.org/abs/1409.0473");
        assertThat(paper.get("year").asInt()).isEqualTo(2015);
        assertThat(paper.get("authors")).hasSize(3);
    }

    @Test
    void listsCreatorsPathsAndGuides() {
        assertThat(syllabus("list", "creators", "--content", CONTENT).succeeds().out()).contains("demo-channel", "channel", "Demo Channel");
        assertThat(syllabus("list", "paths", "--content", CONTENT).succeeds().out()).contains("demo-path", "1h-2h", "Demo path");
        assertThat(syllabus("list", "guides", "--content", CONTENT).succeeds().out()).contains("demo-guide", "2 topics");
    }

    @Test
    void anUnknownKindListsTheKinds() {
        syllabus("list", "lessons", "--content", CONTENT)
                .isUsageError("'lessons' is not a kind to list", "concepts, papers, resources, creators, paths, guides");
    }

    @Test
    void anUnknownResourceKindListsTheKinds() {
        syllabus("list", "resources", "--kind", "podcast", "--content", CONTENT)
                .isUsageError("--kind 'podcast' is not a resource kind", "article, blog-post, video");
    }

    @Test
    void anUnknownAreaListsTheAreas() {
        syllabus("list", "concepts", "--area", "robotics", "--content", CONTENT).isUsageError("--area 'robotics' is not an area", "foundations");
    }

    @Test
    void anUnknownCreatorSuggestsTheClosest() {
        syllabus("list", "resources", "--creator", "demo-chanel", "--content", CONTENT)
                .isUsageError("--creator 'demo-chanel' is not in the knowledge base", "Did you mean 'demo-channel'");
    }

    @Test
    void aMissingKindIsAUsageError() {
        syllabus("list", "--content", CONTENT).isUsageError("Missing required parameter: 'KIND'");
    }

    private static List<String> fieldsOf(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> slugsOf(JsonNode list) {
        List<String> slugs = new ArrayList<>();
        list.forEach(n -> slugs.add(n.get("slug").asText()));
        return slugs;
    }
}
