package dev.syllabus.plan;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.syllabus.plan.TestKb.kb;
import static dev.syllabus.plan.TestKb.slug;
import static dev.syllabus.plan.TestKb.slugs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlannerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);
    private final Planner planner = new Planner(CLOCK);

    /** nn ← backprop ← embeddings ← attention ← self-attention ← transformer, each with one blog post. */
    static TestKb chain() {
        return kb().concept("nn", Area.FOUNDATIONS)
                .concept("backprop", Area.FOUNDATIONS, "nn")
                .concept("embeddings", Area.REPRESENTATIONS, "backprop")
                .concept("attention", Area.ATTENTION_AND_TRANSFORMERS, "embeddings")
                .concept("self-attention", Area.ATTENTION_AND_TRANSFORMERS, "attention")
                .concept("transformer", Area.ATTENTION_AND_TRANSFORMERS, "self-attention")
                .resource("nn-post", ResourceKind.BLOG_POST, 20, "nn")
                .resource("backprop-post", ResourceKind.BLOG_POST, 20, "backprop")
                .resource("embeddings-post", ResourceKind.BLOG_POST, 20, "embeddings")
                .resource("attention-post", ResourceKind.BLOG_POST, 20, "attention")
                .resource("self-attention-post", ResourceKind.BLOG_POST, 20, "self-attention")
                .resource("transformer-post", ResourceKind.BLOG_POST, 20, "transformer");
    }

    private Plan plan(KnowledgeBase kb, PlanRequest request) {
        // The fixtures' lengths are the times these tests reason about; the time model has tests of its own.
        return planner.plan(kb, request.withStudyTime(StudyTime.RUNNING));
    }

    private static List<String> concepts(Plan plan) {
        return plan.steps().stream().flatMap(s -> s.concept().stream()).map(Slug::value).toList();
    }

    private static List<String> items(Plan plan) {
        return plan.items().stream().map(i -> i.slug().value()).toList();
    }

    @Test
    void unknownGoalIsAnErrorNamingTheParameterWithTheClosestSlugs() {
        assertThatThrownBy(() -> plan(chain().build(), PlanRequest.of(slug("self-atention"))))
                .isInstanceOf(PlanRequestException.class)
                .hasMessageStartingWith("goal 'self-atention' is not a concept, paper or path in the knowledge base")
                .hasMessageContaining("Did you mean 'self-attention'")
                .extracting(e -> ((PlanRequestException) e).parameter()).isEqualTo("goal");
    }

    @Test
    void aResourceIsNotAGoalAndTheErrorNamesTheConceptsItTeaches() {
        assertThatThrownBy(() -> plan(chain().build(), PlanRequest.of(slug("attention-post"))))
                .hasMessageContaining("is a resource, not a concept, paper or path")
                .hasMessageContaining("plan for the concepts it teaches instead: attention");
    }

    @Test
    void unknownKnownConceptAndUnknownCreatorAreErrorsNamingTheirParameters() {
        KnowledgeBase kb = chain().build();
        assertThatThrownBy(() -> plan(kb, PlanRequest.of(slug("transformer")).withKnown(slugs("backprob"))))
                .hasMessageStartingWith("known 'backprob' is not a concept").hasMessageContaining("'backprop'");
        assertThatThrownBy(() -> plan(kb, PlanRequest.of(slug("transformer")).withCreators(slugs("nn"))))
                .hasMessageStartingWith("creator 'nn' is a concept, not a creator");
    }

    @Test
    void theGoalComesLastAfterEverythingItRequires() {
        Plan plan = plan(chain().build(), PlanRequest.of(slug("transformer")));
        assertThat(concepts(plan)).containsExactly("nn", "backprop", "embeddings", "attention", "self-attention", "transformer");
        assertThat(plan.total()).isEqualTo(Minutes.of(120));
        assertThat(plan.steps()).extracting(s -> s.cumulative().value()).containsExactly(20, 40, 60, 80, 100, 120);
    }

    @Test
    void aKnownConceptAndEverythingItRequiresAreLeftOutAndSaidSo() {
        Plan plan = plan(chain().build(), PlanRequest.of(slug("transformer")).withKnown(slugs("embeddings")));
        assertThat(concepts(plan)).containsExactly("attention", "self-attention", "transformer");
        assertThat(plan.omitted()).singleElement().satisfies(o -> {
            assertThat(o.slug()).isEqualTo(slug("embeddings"));
            assertThat(o.reason()).contains("given as known");
        });
    }

    @Test
    void eachStepSaysInOneSentenceWhatItIsNeededForNext() {
        Plan plan = plan(chain().build(), PlanRequest.of(slug("transformer")));
        assertThat(plan.steps().get(3).reason()).isEqualTo("Needed for Self attention: Self attention builds on Attention.");
        assertThat(plan.steps().get(5).reason()).isEqualTo("Your goal.");
    }

    @Test
    void eachStepKeepsTheWholeChainFromTheGoalForALearnerWhoAsks() {
        Plan plan = plan(chain().build(), PlanRequest.of(slug("transformer")));
        assertThat(plan.steps().get(3).chain()).isEqualTo("Needed for your goal Transformer: Transformer → Self attention → Attention.");
        assertThat(plan.steps().get(5).chain()).isEmpty();
    }

    @Test
    void readyConceptsAreOrderedByAreaThenGuideTopicThenTitle() {
        KnowledgeBase kb = kb().concept("goal", Area.ALIGNMENT, "zeta", "alpha", "beta", "gamma", "delta")
                .concept("zeta", Area.FOUNDATIONS)
                .concept("alpha", Area.GENERATION)
                .concept("beta", Area.GENERATION)
                .concept("gamma", Area.GENERATION)
                .concept("delta", Area.TOOLING)
                .topic(1, "gamma").topic(2, "beta").build();
        assertThat(concepts(plan(kb, PlanRequest.of(slug("goal")))))
                .containsExactly("zeta", "gamma", "beta", "alpha", "delta", "goal");
    }

    @Test
    void aResourceTeachingSeveralConceptsIsScheduledOnceWhereItsFirstConceptFallsTitledByTheGoalItTeaches() {
        KnowledgeBase kb = chain().concept("gpt", Area.ATTENTION_AND_TRANSFORMERS, "transformer")
                .resource("big-picture", ResourceKind.BLOG_POST, 30, "attention", "self-attention", "transformer", "gpt").build();
        Plan plan = plan(kb, PlanRequest.of(slug("gpt")));
        assertThat(items(plan)).containsExactly("nn-post", "backprop-post", "embeddings-post", "big-picture");
        Step last = plan.steps().get(plan.steps().size() - 1);
        assertThat(last.subject()).hasValue(slug("gpt"));
        assertThat(last.reason()).isEqualTo("Your goal.");
        assertThat(last.concepts()).extracting(Slug::value).containsExactly("gpt", "attention", "self-attention", "transformer");
    }

    @Test
    void aGoalAnEarlierBroaderResourceCoversStillGetsAnExplainerMainlyAboutIt() {
        KnowledgeBase kb = chain().resource("big-picture", ResourceKind.BLOG_POST, 30, "attention", "self-attention", "transformer").build();
        Plan plan = plan(kb, PlanRequest.of(slug("transformer")));
        Step last = plan.steps().get(plan.steps().size() - 1);
        assertThat(last.concept()).hasValue(slug("transformer"));
        assertThat(last.coveredBy()).map(Step.Cover::item).hasValue(slug("big-picture"));
        assertThat(last.items()).extracting(i -> i.slug().value()).containsExactly("transformer-post");
    }

    @Test
    void aConceptAnEarlierResourceCoversBeforeWhatItBuildsOnIsReadOnItsPageAtItsPlace() {
        KnowledgeBase kb = chain().concept("gpt", Area.ATTENTION_AND_TRANSFORMERS, "transformer")
                .resource("gpt-post", ResourceKind.BLOG_POST, 20, "gpt")
                .resource("early-overview", ResourceKind.BLOG_POST, 10, "attention", "transformer").build();
        Plan plan = plan(kb, PlanRequest.of(slug("gpt")));
        Step transformer = plan.steps().stream().filter(s -> s.concept().equals(java.util.Optional.of(slug("transformer"))))
                .findFirst().orElseThrow();
        assertThat(transformer.items()).singleElement().satisfies(i -> {
            assertThat(i.isPage()).isTrue();
            assertThat(i.note()).isEqualTo("Step 4's \"Early overview\" covers it before Self attention, which it builds on: "
                    + "its page puts them together.");
        });
    }

    @Test
    void aGuidePickIsPreferredOverAnotherResourceOfTheSameKind() {
        KnowledgeBase kb = chain().resource("picked-post", ResourceKind.BLOG_POST, 25, "attention")
                .topic(10, "attention", "article:picked-post").build();
        Plan plan = plan(kb, PlanRequest.of(slug("attention")));
        assertThat(items(plan)).contains("picked-post").doesNotContain("attention-post");
        assertThat(plan.steps().get(3).items().get(0).note()).isEqualTo("The article pick of the guide \"Test guide\" for topic 10, Topic 10.");
    }

    @Test
    void aGuidesPickForALaterConceptTeachesTheEarlierOnesItAlsoCovers() {
        KnowledgeBase kb = chain().resource("whole-story", ResourceKind.BLOG_POST, 60, "attention", "self-attention", "transformer")
                .resource("attention-and-more", ResourceKind.BLOG_POST, 20, "attention", "embeddings", "self-attention")
                .topic(1, "transformer", "article:whole-story").build();
        Plan plan = plan(kb, PlanRequest.of(slug("transformer")).withKnown(slugs("embeddings")));
        assertThat(items(plan)).containsExactly("whole-story");
    }

    @Test
    void whenTimePerConceptTiesTheResourceMainlyAboutTheConceptWins() {
        KnowledgeBase kb = chain().resource("a-side-note", ResourceKind.BLOG_POST, 20, "unneeded", "attention")
                .concept("unneeded", Area.TOOLING).build();
        assertThat(items(plan(kb, PlanRequest.of(slug("attention"))))).contains("attention-post").doesNotContain("a-side-note");
    }

    @Test
    void aShortReadingBeatsALongPickedVideoWhenAnyKindWillDo() {
        KnowledgeBase kb = chain().resource("long-video", ResourceKind.VIDEO, 130, "attention")
                .topic(10, "attention", "video:long-video").build();
        assertThat(items(plan(kb, PlanRequest.of(slug("attention"))))).contains("attention-post").doesNotContain("long-video");
    }

    @Test
    void aSegmentOnExactlyTheConceptIsPreferredToTheWholeLongVideoAndLinksToItsStart() {
        KnowledgeBase kb = kb().concept("attention", Area.ATTENTION_AND_TRANSFORMERS)
                .add(TestKb.resource("lecture", ResourceKind.VIDEO, 90, List.of(TestKb.at("41:05", "attention"),
                        TestKb.at("52:00", "transformer")), "attention")).build();
        StudyItem item = plan(kb, PlanRequest.of(slug("attention"))).items().get(0);
        assertThat(item.part()).hasValue("at 41:05");
        assertThat(item.minutes()).isEqualTo(Minutes.of(11));
        assertThat(item.deepLink()).hasValue("https://youtube.com/watch?v=lecturexxxx&t=2465s");
    }

    @Test
    void aChapterHoldingAPartAnEarlierConceptNeedsIsWatchedThroughOnceInOneStepForBoth() {
        Segment both = new Segment(Optional.of(Timestamp.parse("10:00")), Optional.of(Timestamp.parse("1:10:00")), false,
                "RL and RLHF", "", Optional.of(slug("rlhf")), Optional.empty());
        Segment inner = new Segment(Optional.of(Timestamp.parse("20:00")), Optional.of(Timestamp.parse("30:00")), false,
                "RL", "", Optional.of(slug("rl")), Optional.empty());
        KnowledgeBase kb = kb().concept("rl", Area.ALIGNMENT).concept("rlhf", Area.ALIGNMENT, "rl")
                .add(TestKb.resource("lecture", ResourceKind.VIDEO, 90, List.of(both, inner))).build();
        Plan plan = plan(kb, PlanRequest.of(slug("rlhf")));
        assertThat(plan.steps()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Watch \"Lecture\" from 10:00 to 1:10:00");
            assertThat(s.concepts()).extracting(Slug::value).containsExactly("rl", "rlhf");
        });
        assertThat(plan.items()).singleElement().satisfies(i -> {
            assertThat(i.part()).hasValue("RL and RLHF, at 10:00");
            assertThat(i.minutes().value()).isEqualTo(60);
            assertThat(i.note()).doesNotContain("Skip");
        });
    }

    @Test
    void preferringVideosChoosesAVideoAndSaysSoWhenThereIsNone() {
        KnowledgeBase kb = chain().resource("attention-video", ResourceKind.VIDEO, 40, "attention").build();
        Plan plan = plan(kb, PlanRequest.of(slug("attention")).withPrefer(Preference.VIDEO));
        assertThat(plan.steps().get(3).items()).extracting(i -> i.slug().value()).containsExactly("attention-video");
        assertThat(plan.steps().get(0).items().get(0).note()).contains("no video on this, so a blog post instead");
    }

    @Test
    void aPreferredCreatorsResourceComesFirst() {
        KnowledgeBase kb = chain().creator("jay").add(TestKb.by(TestKb.resource("jays-post", ResourceKind.BLOG_POST, 45,
                List.of(), "attention"), "jay")).build();
        assertThat(items(plan(kb, PlanRequest.of(slug("attention")).withCreators(slugs("jay"))))).contains("jays-post");
        assertThat(items(plan(kb, PlanRequest.of(slug("attention"))))).doesNotContain("jays-post");
    }

    @Test
    void aResourceWithoutAWorkingLinkIsChosenOnlyWhenNothingElseTeachesTheConcept() {
        KnowledgeBase kb = chain().add(TestKb.withoutUrl(TestKb.resource("lost-post", ResourceKind.BLOG_POST, 5,
                List.of(), "attention", "self-attention"))).build();
        assertThat(items(plan(kb, PlanRequest.of(slug("attention"))))).doesNotContain("lost-post");
    }

    @Test
    void aConceptNothingTeachesGetsAStepThatSendsTheLearnerToItsPage() {
        KnowledgeBase kb = kb().concept("lonely", Area.SCALING).build();
        Step step = plan(kb, PlanRequest.of(slug("lonely"))).steps().get(0);
        assertThat(step.items()).singleElement().satisfies(i -> {
            assertThat(i.isPage()).isTrue();
            assertThat(i.minutes()).isEqualTo(Minutes.of(5));
            assertThat(i.note()).isEqualTo("No resource in the knowledge base teaches it yet: its page explains it.");
        });
    }

    @Test
    void aDeepPlanAddsTheIntroducingPaperWithItsReadingModeAndAdvice() {
        KnowledgeBase kb = chain().paper("attention-paper", 2015, 120, "attention").build();
        Plan plan = plan(kb, PlanRequest.of(slug("transformer")).withDepth(Depth.DEEP));
        StudyItem paper = plan.steps().get(3).items().get(1);
        assertThat(paper.slug()).isEqualTo(slug("attention-paper"));
        assertThat(paper.isPaper()).isTrue();
        assertThat(paper.optional()).isTrue();
        assertThat(paper.mode()).hasValue(ReadingMode.READ_SELECTIVELY);
        assertThat(paper.advice()).isEqualTo("Read section 3 closely.");
        assertThat(paper.byline()).isEqualTo("Lovelace et al.");
        assertThat(items(plan(kb, PlanRequest.of(slug("transformer"))))).doesNotContain("attention-paper");
    }

    @Test
    void aDeepPlanReadsAPaperAfterTheLastConceptItIntroduces() {
        KnowledgeBase kb = chain().paper("big-paper", 2017, 240, "attention", "transformer").build();
        Plan plan = plan(kb, PlanRequest.of(slug("transformer")).withDepth(Depth.DEEP));
        assertThat(plan.steps().get(5).items()).extracting(i -> i.slug().value()).containsExactly("transformer-post", "big-paper");
        assertThat(items(plan)).containsOnlyOnce("big-paper");
    }

    @Test
    void aDeepPlanLeavesOutAPaperACuratedPathPostponesWithTheCuratorsReason() {
        KnowledgeBase kb = chain().paper("embeddings-paper", 2013, 90, "embeddings")
                .path("paper-route", "1h-2h", List.of(TestKb.phase("Read", null)),
                        List.of(new dev.syllabus.kb.Postponed(slug("embeddings-paper"), "You know embeddings already.")))
                .build();
        Plan plan = plan(kb, PlanRequest.of(slug("transformer")).withDepth(Depth.DEEP));
        assertThat(items(plan)).doesNotContain("embeddings-paper");
        assertThat(plan.omitted()).singleElement().extracting(Omission::reason)
                .isEqualTo("The curated path \"Paper route\" leaves it for later: You know embeddings already.");
    }

    @Test
    void aPaperGoalInALightPlanTeachesItsIdeasThroughExplainersAndLeavesThePaperOut() {
        KnowledgeBase kb = chain().paper("transformer-paper", 2017, 240, "transformer").build();
        Plan plan = plan(kb, PlanRequest.of(slug("transformer-paper")));
        assertThat(concepts(plan)).endsWith("transformer");
        assertThat(items(plan)).doesNotContain("transformer-paper");
        assertThat(plan.omitted()).extracting(o -> o.slug().value()).containsExactly("transformer-paper");
        assertThat(plan.steps().get(5).reason()).isEqualTo("Introduced by your goal, the paper Transformer paper.");
    }

    @Test
    void aPaperGoalIsReadAfterEveryConceptItIntroducesInADeepPlan() {
        KnowledgeBase kb = chain().paper("transformer-paper", 2017, 240, "attention", "transformer").build();
        Plan plan = plan(kb, PlanRequest.of(slug("transformer-paper")).withDepth(Depth.DEEP));
        assertThat(items(plan)).endsWith("transformer-paper").containsOnlyOnce("transformer-paper");
        StudyItem paper = plan.steps().get(5).items().get(1);
        assertThat(paper.optional()).isFalse();
        assertThat(paper.mode()).hasValue(ReadingMode.READ_CLOSELY);
    }

    @Test
    void aLightPlanReadsTheGoalPaperWhenNothingElseExplainsItsIdea() {
        KnowledgeBase kb = kb().concept("nn", Area.FOUNDATIONS).concept("dpo-idea", Area.ALIGNMENT, "nn")
                .resource("nn-post", ResourceKind.BLOG_POST, 20, "nn").paper("dpo-paper", 2023, 180, "dpo-idea").build();
        Plan plan = plan(kb, PlanRequest.of(slug("dpo-paper")));
        assertThat(items(plan)).containsExactly("nn-post", "dpo-paper");
        assertThat(plan.omitted()).isEmpty();
    }

    @Test
    void conceptsInAPrerequisiteCycleStillAppearLastInsteadOfBeingLost() {
        KnowledgeBase kb = kb().concept("base", Area.FOUNDATIONS).concept("chicken", Area.SCALING, "egg", "base")
                .concept("egg", Area.SCALING, "chicken").concept("goal", Area.TOOLING, "chicken").build();
        assertThat(concepts(plan(kb, PlanRequest.of(slug("goal"))))).containsExactly("base", "chicken", "egg", "goal");
    }

    @Test
    void theUndatedPaceStartsOnTheClocksToday() {
        Plan plan = plan(chain().build(), PlanRequest.of(slug("transformer")).withPace(Pace.hoursPerWeek(1, null)));
        assertThat(plan.steps().get(0).date()).hasValue(LocalDate.of(2026, 11, 22));
        assertThat(plan.generatedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void withAPaceEveryStepGetsTheDateOfTheSessionItStartsIn() {
        Plan plan = plan(chain().build(), PlanRequest.of(slug("transformer"))
                .withPace(Pace.hoursPerWeek(1, LocalDate.of(2026, 12, 1))));
        assertThat(plan.schedule()).isPresent();
        assertThat(plan.schedule().get().sessions()).hasSize(2);
        assertThat(plan.steps()).extracting(s -> s.date().orElseThrow().toString())
                .containsExactly("2026-12-01", "2026-12-01", "2026-12-01", "2026-12-08", "2026-12-08", "2026-12-08");
    }

    @Test
    void theSamePlanForTheSameRequestAndClock() {
        KnowledgeBase kb = chain().paper("p", 2015, 60, "attention").build();
        PlanRequest request = PlanRequest.of(slug("transformer")).withDepth(Depth.DEEP).withBudget(Minutes.of(150));
        assertThat(plan(kb, request)).isEqualTo(plan(kb, request));
        assertThat(Optional.of(plan(kb, request).budget().status())).hasValue(BudgetOutcome.Status.TRIMMED);
    }
}
