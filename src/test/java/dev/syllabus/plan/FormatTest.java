package dev.syllabus.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.view.Json;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.syllabus.plan.TestKb.slug;
import static dev.syllabus.plan.TestKb.slugs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatTest {
    private final Planner planner = new Planner(PlannerTest.CLOCK);

    private Plan plan(PlanRequest request) {
        KnowledgeBase kb = PlannerTest.chain().paper("attention-paper", 2015, 90, "attention").build();
        return planner.plan(kb, request.withStudyTime(StudyTime.RUNNING));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void planJsonHasTheDocumentedShape() throws Exception {
        Plan plan = plan(PlanRequest.of(slug("transformer")).withKnown(slugs("nn")).withDepth(Depth.DEEP)
                .withPace(Pace.hoursPerWeek(2, LocalDate.of(2026, 12, 1))));
        JsonNode json = Json.mapper().readTree(Format.JSON.render(plan));
        assertThat(fields(json)).contains("goals", "known", "depth", "budgetMinutes", "totalMinutes", "steps", "omitted");
        assertThat(json.get("budgetMinutes").isNull()).isTrue();
        assertThat(json.get("totalMinutes").asInt()).isEqualTo(190);
        JsonNode step = json.get("steps").get(2);
        assertThat(fields(step)).contains("order", "concept", "resources", "reason", "cumulativeMinutes", "date");
        assertThat(step.get("concept").asText()).isEqualTo("attention");
        assertThat(step.get("date").asText()).isEqualTo("2026-12-01");
        JsonNode paper = step.get("resources").get(1);
        assertThat(fields(paper)).contains("slug", "kind", "title", "creators", "url", "deepLink", "minutes");
        assertThat(paper.get("kind").asText()).isEqualTo("paper");
        assertThat(paper.get("mode").asText()).isEqualTo("read-selectively");
        assertThat(json.get("omitted").get(0).get("slug").asText()).isEqualTo("nn");
        assertThat(fields(json.get("omitted").get(0))).contains("slug", "reason");
    }

    @Test
    void planJsonGivesTheBudgetInMinutes() throws Exception {
        JsonNode json = Json.mapper().readTree(Format.JSON.render(plan(PlanRequest.of(slug("transformer")).withBudget(Minutes.of(600)))));
        assertThat(json.get("budgetMinutes").asInt()).isEqualTo(600);
        assertThat(json.get("budgetStatus").asText()).isEqualTo("fits");
    }

    @Test
    void aCalendarNeedsAPace() {
        Plan plan = plan(PlanRequest.of(slug("transformer")));
        assertThatThrownBy(() -> Format.ICS.render(plan)).isInstanceOf(PlanRequestException.class)
                .extracting(e -> ((PlanRequestException) e).parameter()).isEqualTo("hoursPerWeek");
    }

    @Test
    void textShowsEachStepWithItsItemsLinkAndReasonAndTheLeftOut() {
        String text = Format.TEXT.render(plan(PlanRequest.of(slug("transformer")).withKnown(slugs("nn"))));
        assertThat(text).contains(" 1. Backprop — 20m (total 20m)\n    - blog post \"Backprop post\", 20m\n"
                + "      https://example.org/backprop-post\n    Why: Needed for Embeddings: Embeddings builds on Backprop.\n");
        assertThat(text).contains("Left out:\n  - nn (Nn): You know it (given as known).");
        assertThat(text).doesNotContain("Chain:");
    }

    @Test
    void theWholeChainIsGivenOnRequest() {
        String text = Format.TEXT.render(plan(PlanRequest.of(slug("transformer")).withKnown(slugs("nn"))), true);
        assertThat(text).contains("    Why: Needed for Embeddings: Embeddings builds on Backprop.\n"
                + "    Chain: Needed for your goal Transformer: Transformer → Self attention → Attention → Embeddings → Backprop.\n");
    }

    @Test
    void markdownLinksTitlesAndEscapesWhatMarkdownWouldFormat() {
        KnowledgeBase kb = TestKb.kb().conceptTitled("star", "Stars *and* [brackets]", Area.FOUNDATIONS)
                .resource("star-post", ResourceKind.BLOG_POST, 10, "star").build();
        String md = Format.MARKDOWN.render(planner.plan(kb, PlanRequest.of(slug("star")).withStudyTime(StudyTime.RUNNING)));
        assertThat(md).contains("## 1. Stars \\*and\\* \\[brackets\\]")
                .contains("- blog post **[Star post](<https://example.org/star-post>)**, 10m");
    }

    @Test
    void everyFormatHasAMediaTypeAndExtension() {
        assertThat(Format.fromId("markdown")).hasValue(Format.MARKDOWN);
        assertThat(Format.ICS.mediaType()).startsWith("text/calendar");
        assertThat(Format.JSON.extension()).isEqualTo("json");
    }
}
