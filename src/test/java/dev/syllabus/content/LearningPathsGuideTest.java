package dev.syllabus.content;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the "Learning Paths" guide names, under exactly the slug it uses, and a concept page for every section of
 * the handbook chapter. The slugs are those the guide writes in slug form, read from the guide.
 */
class LearningPathsGuideTest {
    static final List<String> PAPERS = List.of("seq2seq", "bahdanau-attention", "attention-is-all-you-need", "gpt-1", "bert",
            "gpt-2", "scaling-laws-neural-lm", "chinchilla", "gpt-3", "instructgpt", "dpo", "constitutional-ai-paper", "lora",
            "flash-attention-paper", "roformer-rope", "word2vec", "t5", "switch-transformer");
    static final List<String> CONCEPTS = List.of("pretraining", "fine-tuning", "rlhf", "self-attention", "gpt", "tokenization",
            "positional-encoding", "bert-architecture", "encoder-decoder", "in-context-learning", "chain-of-thought",
            "low-rank-adaptation", "transfer-learning", "constitutional-ai", "mixture-of-experts");

    static Stream<String> papers() {
        return PAPERS.stream();
    }

    static Stream<String> concepts() {
        return CONCEPTS.stream();
    }

    @ParameterizedTest(name = "paper {0}")
    @MethodSource("papers")
    void everyPaperTheGuideNamesHasAPaperPage(String slug) {
        assertThat(Bundled.kb().get(slug)).as("page %s", slug).map(Entity::type).contains(EntityType.PAPER);
    }

    @ParameterizedTest(name = "concept {0}")
    @MethodSource("concepts")
    void everyConceptTheGuideNamesHasAConceptPage(String slug) {
        assertThat(Bundled.kb().get(slug)).as("page %s", slug).map(Entity::type).contains(EntityType.CONCEPT);
    }

    @Test
    void theGuideWritesEveryOneOfTheseSlugs() {
        String guide = Seeds.read(Seeds.LEARNING_PATHS);
        Stream.concat(PAPERS.stream(), CONCEPTS.stream()).forEach(slug ->
                assertThat(Pattern.compile("(?<![\\w-])" + Pattern.quote(slug) + "(?![\\w-])").matcher(guide).find())
                        .as("'%s' written in the Learning Paths guide", slug).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"feed-forward layers", "residual connections", "reward modeling", "PPO", "attention mechanism",
            "embeddings", "MoE"})
    void everyConceptTheGuideNamesInProseIsFoundByItsName(String name) {
        assertThat(Bundled.kb().concepts()).as("a concept titled or also called '%s'", name).anySatisfy(c ->
                assertThat(namesOf(c)).contains(name.toLowerCase(Locale.ROOT)));
    }

    @Test
    void everySectionOfTheHandbookChapterHasAConceptPage() {
        List<String> sections = List.of("Statistical Prediction with Neural Networks", "Recurrent Neural Networks", "LSTMs and GRUs",
                "Embeddings and Topic Modeling", "Encoders and Decoders", "Decoder-Only Transformers");
        List<List<String>> pages = List.of(List.of("neural-networks"), List.of("recurrent-neural-networks"), List.of("lstm-and-gru"),
                List.of("word-embeddings", "topic-modeling"), List.of("encoder-decoder"), List.of("decoder-only-transformer"));
        for (int i = 0; i < sections.size(); i++) {
            for (String slug : pages.get(i)) {
                assertThat(Bundled.kb().get(slug)).as("concept page %s for the section '%s'", slug, sections.get(i))
                        .map(Entity::type).contains(EntityType.CONCEPT);
            }
        }
        assertThat(Pattern.compile("<h2>(.*?)</h2>").matcher(Seeds.read(Seeds.HANDBOOK)).results().map(m -> m.group(1)).toList())
                .as("the handbook's sections").containsExactlyElementsOf(sections);
    }

    private static List<String> namesOf(Concept c) {
        return Stream.concat(Stream.of(c.title(), c.slug().value().replace('-', ' ')), c.aliases().stream())
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
