package dev.syllabus.plan;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.syllabus.plan.TestKb.kb;
import static dev.syllabus.plan.TestKb.slug;
import static dev.syllabus.plan.TestKb.slugs;
import static org.assertj.core.api.Assertions.assertThat;

/** How the teaching graph shapes plans: hard edges always, soft edges in deep plans as background, inclusion in the known set. */
class TeachingGraphTest {
    private final Planner planner = new Planner(PlannerTest.CLOCK);

    /** nn ← attention ← self-attention, with rnn ← nn as soft background for attention, each with a post. */
    private static KnowledgeBase attention() {
        return kb().concept("nn", Area.FOUNDATIONS)
                .concept("backprop", Area.FOUNDATIONS, "nn")
                .concept("rnn", Area.SEQUENCE_MODELS, "nn")
                .concept("attention", Area.ATTENTION_AND_TRANSFORMERS, "nn", "soft:rnn")
                .concept("self-attention", Area.ATTENTION_AND_TRANSFORMERS, "attention")
                .includes("nn", "backprop")
                .resource("nn-post", ResourceKind.BLOG_POST, 20, "nn")
                .resource("backprop-post", ResourceKind.BLOG_POST, 20, "backprop")
                .resource("rnn-post", ResourceKind.BLOG_POST, 20, "rnn")
                .resource("attention-post", ResourceKind.BLOG_POST, 20, "attention")
                .resource("self-attention-post", ResourceKind.BLOG_POST, 20, "self-attention")
                .build();
    }

    private Plan plan(PlanRequest request) {
        return planner.plan(attention(), request);
    }

    private static List<String> concepts(Plan plan) {
        return plan.steps().stream().flatMap(s -> s.concept().stream()).map(Slug::value).toList();
    }

    private static Step step(Plan plan, String concept) {
        return plan.steps().stream().filter(s -> s.concept().equals(java.util.Optional.of(slug(concept)))).findFirst().orElseThrow();
    }

    @Test
    void aLightPlanFollowsHardPrerequisitesOnly() {
        assertThat(concepts(plan(PlanRequest.of(slug("self-attention"))))).containsExactly("nn", "attention", "self-attention");
    }

    @Test
    void aDeepPlanAddsSoftPrerequisitesBeforeWhatTheyMotivate() {
        List<String> deep = concepts(plan(PlanRequest.of(slug("self-attention")).withDepth(Depth.DEEP)));
        assertThat(deep).contains("rnn");
        assertThat(deep.indexOf("rnn")).isLessThan(deep.indexOf("attention"));
    }

    @Test
    void aSoftPrerequisiteInADeepPlanSaysItIsBackgroundAndWhatFor() {
        Step rnn = step(plan(PlanRequest.of(slug("self-attention")).withDepth(Depth.DEEP)), "rnn");
        assertThat(rnn.reason()).startsWith("Background for Attention: Attention is motivated by Rnn.");
    }

    @Test
    void aConceptAHardChainNeedsIsNotCalledBackgroundInADeepPlan() {
        Step nn = step(plan(PlanRequest.of(slug("self-attention")).withDepth(Depth.DEEP)), "nn");
        assertThat(nn.reason()).doesNotContain("Background");
    }

    @Test
    void aSoftPrerequisiteAlsoNeededByAHardChainComesFirstInALightPlan() {
        List<String> both = concepts(plan(new PlanRequest(slugs("self-attention", "rnn"), List.of(), Depth.LIGHT,
                Preference.ANY, List.of(), java.util.Optional.empty(), java.util.Optional.empty(), StudyTime.TYPICAL)));
        assertThat(both.indexOf("rnn")).isLessThan(both.indexOf("attention"));
    }

    @Test
    void knowingAConceptMeansKnowingWhatItIncludes() {
        Plan plan = plan(PlanRequest.of(slug("backprop")).withKnown(slugs("nn")));
        assertThat(concepts(plan)).isEmpty();
        assertThat(plan.omitted()).anySatisfy(o -> {
            assertThat(o.slug()).isEqualTo(slug("backprop"));
            assertThat(o.reason()).isEqualTo("You know Nn, which includes it.");
        });
    }

    @Test
    void knowingAConceptDoesNotMeanKnowingItsBackground() {
        assertThat(concepts(plan(PlanRequest.of(slug("rnn")).withKnown(slugs("attention"))))).containsExactly("rnn");
    }
}
