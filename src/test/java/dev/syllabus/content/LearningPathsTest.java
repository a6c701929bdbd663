package dev.syllabus.content;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Estimate;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.PathItemType;
import dev.syllabus.kb.Phase;
import dev.syllabus.kb.Postponed;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Both learning paths of the "Learning Paths" guide, with every step or phase and every item in the guide's order. */
class LearningPathsTest {
    private static LearningPath path(String slug) {
        return Bundled.kb().get(Slug.of(slug), LearningPath.class).orElseThrow(() -> new AssertionError("no path " + slug));
    }

    @Test
    void theLightweightPathHasItsFiveStepsWithTheirEstimates() {
        LearningPath p = path("lightweight-path");
        assertThat(p.phases()).extracting(Phase::title).containsExactly("Visual intuition", "Build a transformer", "Key blog posts",
                "Hands-on", "Deepen selectively");
        assertThat(p.phases()).extracting(ph -> ph.estimate().map(Estimate::high).orElse(null))
                .containsExactly(Minutes.parse("2h"), Minutes.parse("2h"), Minutes.parse("4h"), Minutes.parse("4h"), null);
        assertThat(p.statedTotal()).contains(Estimate.parse("10h-15h"));
        assertThat(p.phases().get(0).mode()).contains(ReadingMode.WATCH);
    }

    @Test
    void theLightweightPathHasEveryResourceOfEachStepInOrder() {
        LearningPath p = path("lightweight-path");
        assertItems(p.phases().get(0), at("https://www.youtube.com/watch?v=aircAruvnKk&list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi"),
                titled("Intro to Large Language Models", "Karpathy"));
        assertItems(p.phases().get(1), at("https://www.youtube.com/watch?v=kCc8FmEb1nY"));
        assertItems(p.phases().get(2), at("https://jalammar.github.io/illustrated-transformer/"), titled("Transformer Family", "Weng"),
                at("https://lilianweng.github.io/posts/2023-03-15-prompt-engineering/"), at("https://huggingface.co/blog/rlhf"),
                at("https://huyenchip.com/2023/04/11/llm-engineering.html"));
        assertItems(p.phases().get(3), at("huggingface.co/learn/nlp-course"), activity("LoRA"));
        assertItems(p.phases().get(4));
    }

    @Test
    void theLightweightPathHasTheLoraFineTuneAsAHandsOnActivityOfTwoToThreeHours() {
        Phase handsOn = path("lightweight-path").phases().get(3);
        PathItem lora = handsOn.items().stream().filter(activity("LoRA")).findFirst().orElseThrow();
        assertThat(handsOn.modeOf(lora)).contains(ReadingMode.HANDS_ON);
        assertThat(lora.title()).contains("PEFT");
        assertThat(lora.minutes()).hasValueSatisfying(m -> assertThat(m).isBetween(Minutes.parse("2h"), Minutes.parse("3h")));
    }

    /** The guide names a Lil'Log post "RLHF" that does not exist: the entry keeps the guide's words, the path reads a real one. */
    @Test
    void theRlhfPostTheGuideAttributesToWengIsKeptAsADocumentedDefect() {
        Resource named = resources().stream().filter(r -> r.title().equals("RLHF")).findFirst().orElseThrow();
        assertThat(Bundled.kb().get(named.creators().get(0)).map(Entity::title)).contains("Lilian Weng");
        assertThat(named.url()).isEmpty();
        assertThat(named.defects()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DefectKind.MISSING_URL);
            assertThat(d.note()).contains("no post");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Intro to Large Language Models", "Transformer Family", "LLM applications for production"})
    void aPathItemTheGuideGaveNoAddressForNowHasOneAndKeepsTheOmissionOnRecord(String title) {
        Resource r = resources().stream().filter(x -> x.title().contains(title)).findFirst().orElseThrow();
        assertThat(r.url()).as("address of %s", r.title()).isPresent();
        assertThat(r.hasDefect(DefectKind.MISSING_URL)).isTrue();
    }

    @Test
    void theLlmopsWritingTheGuideRecommendsIsHuyensEssayOnIt() {
        Resource essay = Bundled.kb().byUrl(CanonicalUrl.of("https://huyenchip.com/2023/04/11/llm-engineering.html"))
                .map(Resource.class::cast).orElseThrow();
        assertThat(essay.defects()).singleElement().satisfies(d -> assertThat(d.note()).contains("LLMOps"));
    }

    @Test
    void theIntroToLlmsTalkTakesAboutAnHour() {
        Resource talk = resources().stream().filter(r -> r.title().contains("Intro to Large Language Models")).findFirst().orElseThrow();
        assertThat(talk.minutes()).isEqualTo(Minutes.parse("1h"));
    }

    @Test
    void thePaperPathHasItsFivePhasesWithTheirReadingModes() {
        LearningPath p = path("paper-path");
        assertThat(p.phases()).extracting(Phase::title).containsExactly("Core architecture", "The pretraining paradigm", "Scaling",
                "Making models useful", "Efficiency");
        assertThat(p.phases()).extracting(ph -> ph.mode().orElse(null)).containsExactly(ReadingMode.READ_CLOSELY,
                ReadingMode.READ_SELECTIVELY, ReadingMode.READ_SELECTIVELY, ReadingMode.READ_CLOSELY, ReadingMode.SKIM);
        assertThat(p.statedTotal()).contains(Estimate.parse("40h-60h"));
    }

    @Test
    void thePaperPathHasEveryPaperOfEachPhaseInOrder() {
        List<List<String>> papers = path("paper-path").phases().stream().map(ph -> ph.items().stream()
                .filter(i -> i.type() == PathItemType.PAPER).map(i -> i.ref().orElseThrow().value()).toList()).toList();
        assertThat(papers).containsExactly(List.of("seq2seq", "bahdanau-attention", "attention-is-all-you-need"),
                List.of("gpt-1", "bert", "gpt-2"), List.of("scaling-laws-neural-lm", "chinchilla", "gpt-3"),
                List.of("instructgpt", "dpo", "constitutional-ai-paper"), List.of("lora", "flash-attention-paper", "roformer-rope"));
    }

    @Test
    void gpt2IsToBeSkimmedWithinItsPhase() {
        Phase pretraining = path("paper-path").phases().get(1);
        PathItem gpt2 = pretraining.items().stream().filter(i -> i.ref().map(Slug.of("gpt-2")::equals).orElse(false)).findFirst().orElseThrow();
        assertThat(pretraining.modeOf(gpt2)).contains(ReadingMode.SKIM);
    }

    @Test
    void thePaperPathPostponesThreePapersEachWithAReason() {
        List<Postponed> later = path("paper-path").postponed();
        assertThat(later).extracting(x -> x.ref().value()).containsExactly("word2vec", "t5", "switch-transformer");
        assertThat(later).allSatisfy(x -> {
            assertThat(x.reason()).isNotBlank();
            assertThat(Bundled.kb().get(x.ref())).map(Entity::type).contains(dev.syllabus.kb.EntityType.PAPER);
        });
    }

    /** The resource and activity items of {@code phase}, in order, match {@code expected} one to one. */
    @SafeVarargs
    private static void assertItems(Phase phase, Predicate<PathItem>... expected) {
        List<PathItem> items = phase.items().stream().filter(i -> i.type() == PathItemType.RESOURCE || i.type() == PathItemType.ACTIVITY)
                .toList();
        assertThat(items).as("resources and activities of '%s'", phase.title()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(items.get(i)).as("item %d of '%s'", i + 1, phase.title()).matches(expected[i]);
        }
    }

    private static Predicate<PathItem> at(String address) {
        Optional<Slug> slug = Bundled.kb().byUrl(CanonicalUrl.of(address)).map(Entity::slug);
        assertThat(slug).as("an entity at %s", address).isPresent();
        return item -> item.ref().equals(slug);
    }

    private static Predicate<PathItem> titled(String title, String creatorName) {
        return item -> item.ref().flatMap(r -> Bundled.kb().get(r, Resource.class))
                .filter(r -> r.title().contains(title))
                .filter(r -> r.creators().stream().anyMatch(c -> Bundled.kb().get(c).map(Entity::title).orElse("").contains(creatorName)))
                .isPresent();
    }

    private static Predicate<PathItem> activity(String mentioning) {
        return item -> item.type() == PathItemType.ACTIVITY && item.title().contains(mentioning);
    }

    private static List<Resource> resources() {
        return Bundled.kb().resources();
    }
}
