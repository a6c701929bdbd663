package dev.syllabus.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.PathItemType;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.view.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static dev.syllabus.plan.TestKb.slug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathReportTest {
    private static final KnowledgeBase FIXTURE = ContentLoader.load(Path.of("src/test/resources/fixtures/valid")).kb();

    private static PathReport demo(Optional<Pace> pace) {
        return PathReport.of(FIXTURE, slug("demo-path"), pace, StudyTime.RUNNING, PlannerTest.CLOCK);
    }

    @Test
    void eachPhaseAddsUpItsItemsBesideTheCuratorsEstimate() {
        PathReport r = demo(Optional.empty());
        PathReport.Phase basics = r.phases().get(0);
        assertThat(basics.estimate()).map(Object::toString).hasValue("~1h");
        assertThat(basics.items()).extracting(i -> i.minutes().value()).containsExactly(20, 26);
        assertThat(basics.total()).isEqualTo(Minutes.of(46));
        assertThat(r.phases().get(1).total()).isEqualTo(Minutes.of(50));
        assertThat(r.total()).isEqualTo(Minutes.of(96));
        assertThat(r.withinStatedTotal()).isTrue();
    }

    @Test
    void anItemTakesTheCuratorsLengthAndModeWhereGivenElseItsOwnAndThePhases() {
        PathReport.Phase later = demo(Optional.empty()).phases().get(1);
        PathReport.Item paper = later.items().get(0);
        assertThat(paper.type()).isEqualTo(PathItemType.PAPER);
        assertThat(paper.minutes()).as("the paper reads in 2h, the curator gives it 30m").isEqualTo(Minutes.of(30));
        assertThat(paper.mode()).hasValue(ReadingMode.SKIM);
        assertThat(paper.material().orElseThrow().advice()).isEqualTo("Focus on the alignment model in Section 3.");
        PathReport.Item activity = later.items().get(1);
        assertThat(activity.title()).isEqualTo("Implement attention in numpy");
        assertThat(activity.mode()).hasValue(ReadingMode.READ_CLOSELY);
    }

    @Test
    void postponedItemsKeepTheCuratorsReason() {
        assertThat(demo(Optional.empty()).postponed()).singleElement()
                .isEqualTo(new Omission(slug("self-attention"), "Self-attention", "Comes later."));
    }

    @Test
    void anUnknownPathSuggestsTheClosestSlugs() {
        assertThatThrownBy(() -> PathReport.of(FIXTURE, slug("demo-pth"), Optional.empty(), PlannerTest.CLOCK))
                .isInstanceOf(PlanRequestException.class).hasMessageContaining("Did you mean 'demo-path'");
        assertThatThrownBy(() -> PathReport.of(FIXTURE, slug("nn-primer"), Optional.empty(), PlannerTest.CLOCK))
                .hasMessageContaining("is a resource, not a learning path");
    }

    @Test
    void withAPaceThePathIsScheduledIntoDatedSessions() {
        PathReport r = demo(Optional.of(Pace.hoursPerWeek(1, LocalDate.of(2026, 12, 1))));
        Schedule s = r.schedule().orElseThrow();
        assertThat(s.sessions()).extracting(x -> x.minutes().value()).containsExactly(60, 36);
        assertThat(s.sessions()).extracting(x -> x.date().toString()).containsExactly("2026-12-01", "2026-12-08");
        assertThat(Format.ICS.render(r)).contains("BEGIN:VEVENT").contains("DTSTART;VALUE=DATE:20261208");
    }

    @Test
    void pathJsonHasTheDocumentedShape() throws Exception {
        JsonNode json = Json.mapper().readTree(Format.JSON.render(demo(Optional.empty())));
        assertThat(json.get("slug").asText()).isEqualTo("demo-path");
        assertThat(json.get("statedTotal").get("lowMinutes").asInt()).isEqualTo(60);
        assertThat(json.get("statedTotal").get("highMinutes").asInt()).isEqualTo(120);
        assertThat(json.get("totalMinutes").asInt()).isEqualTo(96);
        JsonNode phase = json.get("phases").get(0);
        assertThat(phase.get("statedMinutes").asInt()).isEqualTo(60);
        assertThat(phase.get("totalMinutes").asInt()).isEqualTo(46);
        JsonNode item = phase.get("items").get(0);
        assertThat(item.get("slug").asText()).isEqualTo("nn-primer");
        assertThat(item.get("type").asText()).isEqualTo("resource");
        assertThat(item.get("mode").asText()).isEqualTo("watch");
        assertThat(item.get("minutes").asInt()).isEqualTo(20);
        assertThat(item.get("note").asText()).isEqualTo("Start here.");
        assertThat(json.get("postponed").get(0).get("slug").asText()).isEqualTo("self-attention");
    }
}
