package dev.syllabus.plan;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeTest {
    private static final KnowledgeBase KB = ContentLoader.load(Path.of("src/test/resources/fixtures/valid")).kb();
    private static final Planner PLANNER = new Planner(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
    private static final PlanRequest REQUEST = PlanRequest.of(Slug.of("self-attention"));

    @Test
    void withNothingStudiedThePlanIsThePlannersOwn() {
        assertThat(Resume.plan(PLANNER, KB, REQUEST, Studied.nothing())).isEqualTo(PLANNER.plan(KB, REQUEST));
    }

    @Test
    void aKnownConceptLeavesWithTheGivenReasonAndTheRestIsRenumbered() {
        Plan p = Resume.plan(PLANNER, KB, REQUEST, new Studied(Map.of(Slug.of("neural-networks"), "Marked done."), Map.of(),
                Map.of(), Map.of()));
        assertThat(PLANNER.plan(KB, REQUEST).steps()).hasSize(2);
        assertThat(p.steps()).extracting(Step::order).containsExactly(1);
        assertThat(p.steps().get(0).concepts()).contains(Slug.of("attention-mechanism"));
        assertThat(p.omitted()).extracting(Omission::reason).contains("Marked done.");
    }

    @Test
    void theTotalIsTheSumOfTheStepsLeft() {
        Plan p = Resume.plan(PLANNER, KB, REQUEST, new Studied(Map.of(), Map.of(Slug.of("self-attention"), "Explained."),
                Map.of(), Map.of()));
        assertThat(p.total().value()).isEqualTo(p.steps().stream().mapToInt(s -> s.minutes().value()).sum());
        assertThat(p.steps()).noneMatch(s -> s.subject().equals(java.util.Optional.of(Slug.of("self-attention"))));
    }

    @Test
    void aStartedItemSaysWhereToPickUp() {
        Plan p = Resume.plan(PLANNER, KB, REQUEST, new Studied(Map.of(), Map.of(), Map.of(),
                Map.of(Slug.of("nn-primer"), "Started on 2026-11-30.")));
        assertThat(p.items()).filteredOn(i -> i.slug().value().equals("nn-primer")).extracting(StudyItem::note)
                .allMatch(n -> n.startsWith("Started on 2026-11-30."));
    }

    @Test
    void aFinishedItemLeavesItsStepAndTheOmissionsSayWhy() {
        Plan p = Resume.plan(PLANNER, KB, REQUEST, new Studied(Map.of(), Map.of(), Map.of(Slug.of("nn-primer"), "Done on 2026-11-30."),
                Map.of()));
        assertThat(p.items()).noneMatch(i -> i.slug().value().equals("nn-primer"));
        assertThat(p.omitted()).anyMatch(o -> o.slug().value().equals("nn-primer") && o.reason().equals("Done on 2026-11-30."));
    }
}
