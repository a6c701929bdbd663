package dev.syllabus.plan;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.ResourceKind;
import org.junit.jupiter.api.Test;

import static dev.syllabus.plan.TestKb.slug;
import static org.assertj.core.api.Assertions.assertThat;

class BudgetTest {
    private final Planner planner = new Planner(PlannerTest.CLOCK);

    /** The chain of six 20-minute posts, plus papers on attention (90m) and the transformer (120m). */
    private static KnowledgeBase withPapers() {
        return PlannerTest.chain().paper("attention-paper", 2015, 90, "attention")
                .paper("transformer-paper", 2017, 120, "transformer").build();
    }

    private Plan plan(KnowledgeBase kb, Minutes budget, Depth depth) {
        return planner.plan(kb, PlanRequest.of(slug("transformer")).withDepth(depth).withBudget(budget)
                .withStudyTime(StudyTime.RUNNING));
    }

    @Test
    void aPlanWithinTheBudgetIsKeptWholeAndSaysWhatIsSpare() {
        Plan plan = plan(withPapers(), Minutes.of(400), Depth.DEEP);
        assertThat(plan.total()).isEqualTo(Minutes.of(330));
        assertThat(plan.budget().status()).isEqualTo(BudgetOutcome.Status.FITS);
        assertThat(plan.budget().message()).isEqualTo("Fits the budget of 6h 40m with 1h 10m to spare.");
    }

    @Test
    void papersFarthestFromTheGoalAreDroppedFirst() {
        Plan plan = plan(withPapers(), Minutes.of(250), Depth.DEEP);
        assertThat(plan.items()).extracting(i -> i.slug().value()).contains("transformer-paper").doesNotContain("attention-paper");
        assertThat(plan.total()).isEqualTo(Minutes.of(240));
        assertThat(plan.budget().status()).isEqualTo(BudgetOutcome.Status.TRIMMED);
        assertThat(plan.omitted()).singleElement().satisfies(o -> {
            assertThat(o.slug()).isEqualTo(slug("attention-paper"));
            assertThat(o.reason()).contains("left out to fit the budget of 4h 10m");
        });
    }

    @Test
    void aPaperThatDoesNotFitIsLeftOutWhileAFartherOneThatFitsIsKept() {
        Plan plan = plan(withPapers(), Minutes.of(220), Depth.DEEP);
        assertThat(plan.items()).extracting(i -> i.slug().value()).contains("attention-paper").doesNotContain("transformer-paper");
        assertThat(plan.total()).isEqualTo(Minutes.of(210));
    }

    @Test
    void explainersAreSwappedForShorterOnesOnlyOnceEveryPaperIsGone() {
        KnowledgeBase kb = PlannerTest.chain().paper("attention-paper", 2015, 90, "attention")
                .resource("quick-attention", ResourceKind.ARTICLE, 5, "attention")
                .topic(10, "attention", "article:attention-post").build();
        Plan plan = plan(kb, Minutes.of(105), Depth.DEEP);
        assertThat(plan.total()).isEqualTo(Minutes.of(105));
        assertThat(plan.items()).extracting(i -> i.slug().value()).contains("quick-attention")
                .doesNotContain("attention-paper", "attention-post");
        assertThat(plan.budget().message()).contains("1 paper left out and 1 explainer swapped for shorter ones");
        assertThat(plan.omitted()).extracting(o -> o.slug().value()).containsExactlyInAnyOrder("attention-paper", "attention-post");
    }

    @Test
    void whenEvenTheMinimalPlanIsTooLongThePlanSaysSoWithItsTime() {
        Plan plan = plan(withPapers(), Minutes.of(60), Depth.DEEP);
        assertThat(plan.budget().status()).isEqualTo(BudgetOutcome.Status.TOO_SMALL);
        assertThat(plan.total()).isEqualTo(Minutes.of(120));
        assertThat(plan.budget().message()).startsWith("Even the minimal plan takes 2h, more than the budget of 1h");
        assertThat(plan.steps()).extracting(s -> s.concept().orElseThrow().value()).endsWith("transformer");
    }

    /** nn and backprop have posts only; embeddings and attention have a post (20m) and a video (60m and 40m). */
    private static Plan videosFirst(Minutes budget) {
        KnowledgeBase kb = PlannerTest.chain().resource("embeddings-video", ResourceKind.VIDEO, 60, "embeddings")
                .resource("attention-video", ResourceKind.VIDEO, 40, "attention").build();
        return new Planner(PlannerTest.CLOCK).plan(kb, PlanRequest.of(slug("attention")).withPrefer(Preference.VIDEO).withBudget(budget)
                .withStudyTime(StudyTime.RUNNING));
    }

    @Test
    void whenThePreferredKindCannotFitTheBudgetItYieldsForAsFewConceptsAsNeededAndSaysWhy() {
        Plan plan = videosFirst(Minutes.of(120));

        assertThat(plan.total()).isEqualTo(Minutes.of(100));
        assertThat(plan.budget().status()).isEqualTo(BudgetOutcome.Status.TRIMMED);
        assertThat(plan.items()).extracting(i -> i.slug().value()).contains("embeddings-post", "attention-video")
                .doesNotContain("embeddings-video", "attention-post");
        assertThat(plan.items()).filteredOn(i -> i.slug().value().equals("embeddings-post")).singleElement()
                .satisfies(i -> assertThat(i.note()).contains("A blog post rather than a video, to fit the budget of 2h"));
    }

    @Test
    void whenNoKindFitsTheBudgetTheMinimalPlanOfThePreferredKindIsShownWithItsTimeAndTheTimeOfAnyKind() {
        Plan plan = videosFirst(Minutes.of(70));

        assertThat(plan.budget().status()).isEqualTo(BudgetOutcome.Status.TOO_SMALL);
        assertThat(plan.total()).isEqualTo(Minutes.of(140));
        assertThat(plan.budget().message()).startsWith("Even the minimal plan takes 2h 20m (1h 20m with other material than videos), "
                + "more than the budget of 1h 10m");
        assertThat(plan.items()).extracting(i -> i.slug().value()).contains("embeddings-video", "attention-video");
    }
}
