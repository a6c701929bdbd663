package dev.syllabus.plan;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan-review suite: requests across the whole graph on the bundled knowledge base, each with what a demanding
 * teacher requires of the plan before handing it to a learner. The requirements were written before the plans were
 * looked at: concepts the plan must not teach (the learner knows them, or the goal does not need them), a time it must
 * not exceed, resources it must use whole or in part (any one of a group), resources it may only use in part, and an
 * explainer for the goal. Every plan must also give something to study at every step and keep any budget it says it
 * fits.
 */
class PlanReviewTest {
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = ContentLoader.load(Path.of("content")).kb();
    }

    /** One request and the teacher's requirements of its plan. */
    record Review(String name, Map<String, List<String>> request, Set<String> mustNotTeach, Minutes atMost,
                  List<Set<String>> mustUse, Set<String> onlyInPart, Set<String> explainerFor) {
        @Override
        public String toString() {
            return name;
        }

        static Review of(String name, String request) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (String pair : request.split(" ")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], List.of(kv[1]));
            }
            return new Review(name, params, Set.of(), Minutes.of(Minutes.MAX_HOURS * 60), List.of(), Set.of(), Set.of());
        }

        Review notTeaching(String... concepts) {
            return new Review(name, request, Set.of(concepts), atMost, mustUse, onlyInPart, explainerFor);
        }

        Review atMost(String time) {
            return new Review(name, request, mustNotTeach, Minutes.parse(time), mustUse, onlyInPart, explainerFor);
        }

        /** The plan uses at least one of these resources or papers, whole or in part. */
        Review using(String... anyOf) {
            List<Set<String>> use = new ArrayList<>(mustUse);
            use.add(Set.of(anyOf));
            return new Review(name, request, mustNotTeach, atMost, use, onlyInPart, explainerFor);
        }

        /** The plan may use these resources only in part, never whole. */
        Review onlyPartOf(String... resources) {
            return new Review(name, request, mustNotTeach, atMost, mustUse, Set.of(resources), explainerFor);
        }

        /** Some resource (not a paper, not a concept page) in the plan teaches each of these concepts. */
        Review explaining(String... concepts) {
            return new Review(name, request, mustNotTeach, atMost, mustUse, onlyInPart, Set.of(concepts));
        }
    }

    static Stream<Review> reviews() {
        return Stream.of(
                // The four plans.
                Review.of("issue-self-attention", "goal=self-attention known=neural-networks prefer=video budget=6h")
                        .notTeaching("recurrent-neural-networks", "sequence-to-sequence", "lstm-and-gru", "encoder-decoder",
                                "tokenization", "backpropagation", "gradient-descent")
                        .atMost("3h").using("3b1b-attention-in-transformers", "3b1b-neural-networks")
                        .explaining("self-attention"),
                Review.of("issue-rlhf", "goal=rlhf known=gpt,fine-tuning prefer=video")
                        .notTeaching("tokenization", "self-attention", "backpropagation", "gradient-descent",
                                "language-modeling", "pretraining")
                        .atMost("3h").using("karpathy-deep-dive-llms").onlyPartOf("karpathy-deep-dive-llms")
                        .explaining("rlhf"),
                Review.of("issue-dpo-readme", "goal=dpo known=neural-networks budget=12h prefer=video")
                        .notTeaching("recurrent-neural-networks", "sequence-to-sequence", "lstm-and-gru", "encoder-decoder",
                                "backpropagation")
                        .atMost("12h").using("umar-jamil-dpo", "wolfe-dpo").explaining("direct-preference-optimization"),
                Review.of("issue-lora", "goal=low-rank-adaptation known=transformer-architecture,pretraining")
                        .notTeaching("self-attention", "positional-encoding", "tokenization", "backpropagation", "rlhf")
                        .atMost("2h").explaining("low-rank-adaptation"),
                // The golden plans, which the README describes.
                Review.of("golden-dpo-light", "goal=dpo")
                        .notTeaching("recurrent-neural-networks", "sequence-to-sequence", "lstm-and-gru")
                        .atMost("10h").explaining("direct-preference-optimization"),
                Review.of("golden-lora-deep", "goal=lora known=neural-networks depth=deep")
                        .notTeaching("rlhf", "instruction-tuning", "reward-modeling", "backpropagation")
                        .atMost("16h").using("lora").explaining("low-rank-adaptation"),
                Review.of("golden-self-attention-video", "goal=self-attention prefer=video budget=6h")
                        .notTeaching("recurrent-neural-networks", "sequence-to-sequence", "lstm-and-gru")
                        .atMost("6h").using("3b1b-attention-in-transformers", "3b1b-neural-networks")
                        .explaining("self-attention"),
                Review.of("golden-lightweight-path", "goal=lightweight-path known=neural-networks hoursPerWeek=5 start=2026-12-01")
                        .atMost("15h").using("karpathy-lets-build-gpt").using("3b1b-neural-networks"),
                // Across the graph: architecture.
                Review.of("transformer-articles", "goal=transformer-architecture prefer=article")
                        .notTeaching("recurrent-neural-networks", "sequence-to-sequence", "lstm-and-gru", "rlhf", "gpt")
                        .atMost("7h").using("illustrated-transformer").explaining("transformer-architecture"),
                Review.of("transformer-deep", "goal=transformer-architecture depth=deep known=neural-networks")
                        .notTeaching("rlhf", "gpt", "instruction-tuning")
                        .atMost("20h").using("attention-is-all-you-need").explaining("transformer-architecture"),
                Review.of("gpt-videos", "goal=gpt known=transformer-architecture prefer=video")
                        .notTeaching("self-attention", "recurrent-neural-networks", "backpropagation")
                        .atMost("4h").using("karpathy-lets-build-gpt", "karpathy-zero-to-hero").explaining("gpt"),
                Review.of("bert-articles", "goal=bert-architecture known=transformer-architecture prefer=article")
                        .notTeaching("gpt", "rlhf", "recurrent-neural-networks", "self-attention")
                        .atMost("3h").using("illustrated-bert").explaining("bert-architecture"),
                Review.of("mixture-of-experts", "goal=mixture-of-experts known=transformer-architecture")
                        .notTeaching("rlhf", "recurrent-neural-networks", "self-attention")
                        .atMost("2h").explaining("mixture-of-experts"),
                Review.of("state-space-videos", "goal=state-space-models known=neural-networks prefer=video")
                        .notTeaching("rlhf", "instruction-tuning", "backpropagation")
                        .atMost("8h").using("umar-jamil-mamba", "grootendorst-visual-mamba").explaining("state-space-models"),
                // Efficiency and serving.
                Review.of("kv-cache-1h", "goal=kv-cache known=transformer-architecture budget=1h")
                        .notTeaching("rlhf", "tokenization", "self-attention")
                        .atMost("1h").explaining("kv-cache"),
                Review.of("flash-attention-videos", "goal=flash-attention known=self-attention prefer=video")
                        .notTeaching("recurrent-neural-networks", "rlhf", "tokenization")
                        .atMost("2h").explaining("flash-attention"),
                Review.of("rope-articles", "goal=rotary-position-embedding known=transformer-architecture prefer=article")
                        .notTeaching("recurrent-neural-networks", "rlhf", "self-attention")
                        .atMost("1h30m").explaining("rotary-position-embedding"),
                Review.of("speculative-decoding-2h", "goal=speculative-decoding known=decoder-only-transformer budget=2h")
                        .notTeaching("rlhf", "self-attention", "tokenization")
                        .atMost("2h").explaining("speculative-decoding"),
                Review.of("qlora-articles", "goal=qlora known=fine-tuning,transformer-architecture prefer=article")
                        .notTeaching("rlhf", "self-attention", "pretraining")
                        .atMost("3h").using("hf-4bit-qlora").explaining("qlora"),
                Review.of("serving-two-goals", "goal=kv-cache,paged-attention known=decoder-only-transformer")
                        .notTeaching("rlhf", "self-attention", "transformer-architecture")
                        .atMost("2h").using("vllm-blog", "anyscale-vllm-talk").explaining("paged-attention", "kv-cache"),
                Review.of("gqa-1h", "goal=grouped-query-attention known=transformer-architecture budget=1h30m")
                        .notTeaching("rlhf", "self-attention")
                        .atMost("1h30m").explaining("grouped-query-attention"),
                // Using LLMs, which needs what an LLM does, not its internals.
                Review.of("chain-of-thought", "goal=chain-of-thought")
                        .notTeaching("layer-normalization", "residual-connections", "feed-forward-layers", "backpropagation",
                                "recurrent-neural-networks")
                        .atMost("3h").explaining("chain-of-thought"),
                Review.of("rag", "goal=retrieval-augmented-generation")
                        .notTeaching("layer-normalization", "residual-connections", "recurrent-neural-networks", "rlhf")
                        .atMost("5h").explaining("retrieval-augmented-generation"),
                Review.of("hallucination-videos", "goal=hallucination prefer=video")
                        .notTeaching("layer-normalization", "backpropagation", "recurrent-neural-networks")
                        .atMost("3h").using("karpathy-deep-dive-llms").onlyPartOf("karpathy-deep-dive-llms")
                        .explaining("hallucination"),
                Review.of("reasoning-videos", "goal=reasoning-models known=gpt prefer=video")
                        .notTeaching("tokenization", "self-attention", "backpropagation")
                        .atMost("4h").using("karpathy-deep-dive-llms").onlyPartOf("karpathy-deep-dive-llms")
                        .explaining("reasoning-models"),
                Review.of("evaluation-articles", "goal=llm-evaluation prefer=article")
                        .notTeaching("rlhf", "recurrent-neural-networks", "layer-normalization")
                        .atMost("5h").explaining("llm-evaluation"),
                // Alignment.
                Review.of("constitutional-ai-deep", "goal=constitutional-ai known=gpt,fine-tuning depth=deep")
                        .notTeaching("tokenization", "self-attention", "backpropagation")
                        .atMost("16h").using("constitutional-ai-paper").explaining("constitutional-ai"),
                // Foundations and representations.
                Review.of("perplexity-articles", "goal=perplexity known=neural-networks prefer=article")
                        .notTeaching("self-attention", "recurrent-neural-networks", "backpropagation")
                        .atMost("2h").using("hf-perplexity").explaining("perplexity"),
                Review.of("tokenization-videos", "goal=tokenization prefer=video")
                        .notTeaching("neural-networks", "backpropagation", "self-attention")
                        .atMost("1h30m").using("karpathy-gpt-tokenizer", "karpathy-deep-dive-llms")
                        .onlyPartOf("karpathy-deep-dive-llms").explaining("tokenization"),
                Review.of("word2vec-papers", "goal=word-embeddings prefer=paper depth=deep")
                        .notTeaching("self-attention", "recurrent-neural-networks")
                        .atMost("8h").using("word2vec"),
                Review.of("scaling-laws-deep", "goal=scaling-laws known=gpt depth=deep")
                        .notTeaching("rlhf", "self-attention", "tokenization")
                        .atMost("8h").using("scaling-laws-neural-lm").explaining("scaling-laws"),
                // The paper path as a goal.
                Review.of("paper-path", "goal=paper-path")
                        .atMost("60h").using("attention-is-all-you-need").using("dpo"));
    }

    /** Cases the planner does not pass yet, skipped visibly so the rest can land. Empty when done. */
    private static final Set<String> PENDING = Set.of();

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviews")
    void aTeacherWouldHandOutThePlan(Review review) {
        org.junit.jupiter.api.Assumptions.assumeFalse(PENDING.contains(review.name()),
                review.name() + " is not yet passed by the planner (issue 11)");
        Plan plan = new Planner(PlannerTest.CLOCK).plan(kb, PlanRequestParser.parse(review.request()));
        List<String> taught = plan.steps().stream().flatMap(s -> s.concepts().stream()).map(Slug::value).toList();
        List<String> used = plan.items().stream().map(i -> i.slug().value()).toList();
        String text = Format.TEXT.render(plan);

        assertThat(taught).as("concepts a teacher would not teach here\n%s", text).noneMatch(review.mustNotTeach()::contains);
        assertThat(plan.total()).as("the plan's time\n%s", text).isLessThanOrEqualTo(review.atMost());
        for (Set<String> anyOf : review.mustUse()) {
            assertThat(used).as("uses one of %s\n%s", anyOf, text).containsAnyElementsOf(anyOf);
        }
        for (StudyItem i : plan.items()) {
            if (review.onlyInPart().contains(i.slug().value())) {
                assertThat(i.part()).as("only a part of %s\n%s", i.slug(), text).isPresent();
            }
        }
        for (String goal : review.explainerFor()) {
            assertThat(plan.items()).as("an explainer of %s\n%s", goal, text).anyMatch(i -> explains(i, Slug.of(goal)));
        }
        // A curated path's hands-on activity is the study itself: it is something to do rather than to open.
        assertThat(plan.steps()).as("every step has something to study or do\n%s", text)
                .allMatch(s -> !s.items().isEmpty() || s.kind() == Step.Kind.ACTIVITY);
        if (plan.budget().status() == BudgetOutcome.Status.FITS || plan.budget().status() == BudgetOutcome.Status.TRIMMED) {
            assertThat(plan.total()).as("within the budget it says it fits").isLessThanOrEqualTo(plan.budget().budget().orElseThrow());
        }
    }

    /**
     * A resource the plan uses that is mainly about the concept: its first listed subject, or the subject of the part the
     * plan gives (a mention inside a broader post is not an explainer a teacher would hand out).
     */
    private static boolean explains(StudyItem i, Slug concept) {
        return kb.get(i.slug(), Resource.class).filter(r -> r.covers().indexOf(concept) == 0 || r.segments().stream()
                .anyMatch(s -> s.concept().filter(concept::equals).isPresent()
                        && i.part().map(s.label()::equals).orElse(true))).isPresent();
    }
}
