package dev.syllabus.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.syllabus.kb.EntityTestData.at;
import static dev.syllabus.kb.EntityTestData.concept;
import static dev.syllabus.kb.EntityTestData.conceptWithAliases;
import static dev.syllabus.kb.EntityTestData.conceptWithBody;
import static dev.syllabus.kb.EntityTestData.creator;
import static dev.syllabus.kb.EntityTestData.guide;
import static dev.syllabus.kb.EntityTestData.paper;
import static dev.syllabus.kb.EntityTestData.pick;
import static dev.syllabus.kb.EntityTestData.resource;
import static dev.syllabus.kb.EntityTestData.slug;
import static dev.syllabus.kb.EntityTestData.topic;
import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.of(List.of(
            concept("neural-networks"),
            concept("attention-mechanism", "neural-networks"),
            conceptWithAliases("self-attention", "Self-attention", "scaled dot-product attention", "QKV"),
            conceptWithBody("causal-masking", "Masking builds on [[self-attention]] as [[3b1b-attention|the 3B1B video]] shows."),
            paper("bahdanau-attention", "1409.0473", List.of("attention-mechanism"), List.of()),
            paper("attention-is-all-you-need", "1706.03762", List.of("self-attention"), List.of("bahdanau-attention")),
            paper("bert", "1810.04805", List.of(), List.of("attention-is-all-you-need")),
            creator("3blue1brown"),
            creator("jay-alammar"),
            resource("3b1b-attention").by("3blue1brown").url("https://www.youtube.com/watch?v=eMlx5fFNoYc")
                    .covers("self-attention").segment(at("11:08", "causal-masking")).build(),
            resource("illustrated-transformer").kind(ResourceKind.BLOG_POST).by("jay-alammar")
                    .url("https://jalammar.github.io/illustrated-transformer/").covers("self-attention", "attention-mechanism").build(),
            resource("decoding-post").kind(ResourceKind.BLOG_POST).url("https://huggingface.co/blog/mlabonne/decoding-strategies")
                    .alternate("https://mlabonne.github.io/blog/posts/2023-06-07-Decoding_strategies.html").build(),
            guide("topic-picks", topic(1, "self-attention", pick(PickRole.ARTICLE, "illustrated-transformer"),
                    pick(PickRole.VIDEO, "3b1b-attention")), topic(3, "causal-masking", pick(PickRole.VIDEO, "3b1b-attention")))));

    @Test
    void findsEntitiesBySlugAndKind() {
        assertThat(kb.get("bert")).map(Entity::type).contains(EntityType.PAPER);
        assertThat(kb.get(slug("bert"), Paper.class)).map(Paper::year).contains(2017);
        assertThat(kb.get(slug("bert"), Concept.class)).isEmpty();
        assertThat(kb.get("Not A Slug")).isEmpty();
        assertThat(kb.get("gpt-5")).isEmpty();
    }

    @Test
    void listsEachKindInSlugOrder() {
        assertThat(kb.concepts()).extracting(c -> c.slug().value())
                .containsExactly("attention-mechanism", "causal-masking", "neural-networks", "self-attention");
        assertThat(kb.papers()).hasSize(3);
        assertThat(kb.resources()).hasSize(3);
        assertThat(kb.creators()).hasSize(2);
        assertThat(kb.guides()).hasSize(1);
        assertThat(kb.paths()).isEmpty();
        assertThat(kb.size()).isEqualTo(13);
    }

    @Test
    void backlinksNameTheLinkingEntityAndTheFieldOrBody() {
        assertThat(kb.backlinks(slug("self-attention"))).containsExactlyInAnyOrder(
                new Backlink(slug("causal-masking"), EntityType.CONCEPT, "body"),
                new Backlink(slug("attention-is-all-you-need"), EntityType.PAPER, "/introduces/0"),
                new Backlink(slug("3b1b-attention"), EntityType.RESOURCE, "/covers/0"),
                new Backlink(slug("illustrated-transformer"), EntityType.RESOURCE, "/covers/0"),
                new Backlink(slug("topic-picks"), EntityType.GUIDE, "/topics/0/concept"));
    }

    @Test
    void aWikiLinkWithALabelIsABacklinkToItsTarget() {
        assertThat(kb.backlinks(slug("3b1b-attention"))).extracting(Backlink::from)
                .contains(slug("causal-masking"), slug("topic-picks"));
    }

    @Test
    void resourcesForAConceptIncludeThoseTeachingItInASegment() {
        assertThat(kb.resourcesFor(slug("self-attention"))).extracting(Resource::slug)
                .containsExactly(slug("3b1b-attention"), slug("illustrated-transformer"));
        assertThat(kb.resourcesFor(slug("causal-masking"))).extracting(Resource::slug).containsExactly(slug("3b1b-attention"));
        assertThat(kb.resourcesFor(slug("neural-networks"))).isEmpty();
    }

    @Test
    void papersForAConceptAreThoseThatIntroducedIt() {
        assertThat(kb.papersFor(slug("attention-mechanism"))).extracting(Paper::slug).containsExactly(slug("bahdanau-attention"));
        assertThat(kb.papersFor(slug("causal-masking"))).isEmpty();
    }

    @Test
    void topicsForAConceptNameTheGuideAndTheTopic() {
        assertThat(kb.topicsFor(slug("causal-masking"))).singleElement().satisfies(t -> {
            assertThat(t.guide()).isEqualTo(slug("topic-picks"));
            assertThat(t.topic().number()).isEqualTo(3);
        });
    }

    @Test
    void resourcesByACreatorAreDerivedFromTheResources() {
        assertThat(kb.resourcesBy(slug("jay-alammar"))).extracting(Resource::slug).containsExactly(slug("illustrated-transformer"));
        assertThat(kb.resourcesBy(slug("nobody"))).isEmpty();
    }

    @Test
    void paperLineageGoesBothWays() {
        assertThat(kb.builtUpon(slug("bahdanau-attention"))).extracting(Paper::slug).containsExactly(slug("attention-is-all-you-need"));
        assertThat(kb.builtUpon(slug("attention-is-all-you-need"))).extracting(Paper::slug).containsExactly(slug("bert"));
        assertThat(kb.builtUpon(slug("bert"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/watch?v=eMlx5fFNoYc", "https://youtu.be/eMlx5fFNoYc",
            "http://youtube.com/watch?v=eMlx5fFNoYc&t=668s", "https://m.youtube.com/watch?v=eMlx5fFNoYc&si=x",
            "<https://www.youtube.com/embed/eMlx5fFNoYc>"})
    void findsAVideoByAnySpellingOfItsAddress(String spelling) {
        assertThat(kb.byUrl(CanonicalUrl.of(spelling))).map(Entity::slug).contains(slug("3b1b-attention"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://JALAMMAR.github.io/illustrated-transformer", "jalammar.github.io/illustrated-transformer/",
            "https://jalammar.github.io:443/illustrated-transformer/?utm_source=x"})
    void findsAPageByAnySpellingOfItsAddress(String spelling) {
        assertThat(kb.byUrl(CanonicalUrl.of(spelling))).map(Entity::slug).contains(slug("illustrated-transformer"));
    }

    @Test
    void findsAResourceByAnAlternateAddress() {
        assertThat(kb.byUrl(CanonicalUrl.of("https://mlabonne.github.io/blog/posts/2023-06-07-Decoding\\_strategies.html")))
                .map(Entity::slug).contains(slug("decoding-post"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/1706.03762", "https://arxiv.org/pdf/1706.03762v7.pdf", "arxiv.org/abs/1706.03762v2"})
    void findsAPaperByAnySpellingOfItsArxivAddress(String spelling) {
        assertThat(kb.byUrl(CanonicalUrl.of(spelling))).map(Entity::slug).contains(slug("attention-is-all-you-need"));
    }

    @Test
    void anUnknownAddressFindsNothing() {
        assertThat(kb.byUrl(CanonicalUrl.of("https://example.org/nothing-here"))).isEmpty();
    }

    @Test
    void suggestsSlugsCloseToAMisspelling() {
        assertThat(kb.suggest("self-atention", 3)).startsWith(slug("self-attention"));
        assertThat(kb.suggest("bret", 1)).containsExactly(slug("bert"));
    }

    @Test
    void suggestsByTitleAndAlias() {
        assertThat(kb.suggest("QKV", 3)).contains(slug("self-attention"));
        assertThat(kb.suggest("scaled dot product attention", 3)).contains(slug("self-attention"));
        assertThat(kb.suggest("Illustrated transformr", 3)).contains(slug("illustrated-transformer"));
    }

    @Test
    void suggestsEachSlugOnceAndNothingForGibberish() {
        assertThat(kb.suggest("attention", 10)).doesNotHaveDuplicates();
        assertThat(kb.suggest("zzzzqqqq", 3)).isEmpty();
    }

    @Test
    void theGraphHoldsTheConceptsPrerequisites() {
        assertThat(kb.graph().prerequisitesOf(slug("attention-mechanism"))).containsExactly(slug("neural-networks"));
    }
}
