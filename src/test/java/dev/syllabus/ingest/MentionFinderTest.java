package dev.syllabus.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shapes the guides use: resource headings with field lists, prose links, link-less items. */
class MentionFinderTest {
    private static List<Mention> find(String markdown) {
        return SourceDocument.of("guide.md", markdown).mentions();
    }

    private static final String RECORD = """
            ## 3. Masked attention

            ### Video — "Attention in transformers, step-by-step" (timestamps 11:08 and 18:21)

            - **Channel:** 3Blue1Brown (Grant Sanderson)
              - **URL:** <https://www.youtube.com/watch?v=eMlx5fFNoYc>
              - **Why:** At 11:08, the mask on later positions. At 18:21, queries from one side. A 26-minute film. [Blog](#)
            - **Alternative:** Ann Lee's "Masks explained" at <https://annlee.dev/masks> is shorter.
            """;

    @Test
    void aResourceHeadingAndItsFieldsAreOneMention() {
        Mention video = find(RECORD).get(0);

        assertThat(video.title()).contains(new Title("Attention in transformers, step-by-step", Title.Strength.HEADING));
        assertThat(video.creators()).extracting(CreatorName::name, CreatorName::isMaker).containsExactly(
                org.assertj.core.groups.Tuple.tuple("3Blue1Brown", true), org.assertj.core.groups.Tuple.tuple("Grant Sanderson", false));
        assertThat(video.address().url().orElseThrow().value()).isEqualTo("https://youtube.com/watch?v=eMlx5fFNoYc");
        assertThat(video.moments()).extracting(m -> m.at().toString(), Moment::covers).containsExactly(
                org.assertj.core.groups.Tuple.tuple("11:08", "the mask on later positions"),
                org.assertj.core.groups.Tuple.tuple("18:21", "queries from one side"));
        assertThat(video.length().orElseThrow().minutes().value()).isEqualTo(26);
        assertThat(video.origin().under()).isEqualTo("3. Masked attention");
    }

    @Test
    void linksInOtherFieldsAreMentionsOfTheirOwn() {
        List<Mention> all = find(RECORD);

        assertThat(all).extracting(Mention::shownName).containsExactly("Attention in transformers, step-by-step", "Blog",
                "Masks explained");
        Mention alternative = all.get(2);
        assertThat(alternative.creators()).extracting(CreatorName::name).containsExactly("Ann Lee");
        assertThat(all.get(1).address().problem()).isEqualTo(Address.Problem.NOT_A_URL);
    }

    @Test
    void aSearchSuggestionIsAMentionWithoutAnAddress() {
        Mention m = find("### Video — \"Some Talk\"\n\n- **Channel:** Some Channel\n- **URL:** Search YouTube for \"some talk\"\n").get(0);

        assertThat(m.address().problem()).isEqualTo(Address.Problem.SEARCH_ONLY);
        assertThat(m.title().orElseThrow().text()).isEqualTo("Some Talk");
    }

    @Test
    void proseLinksTakeTheirCreatorFromTheWordsAroundThem() {
        List<Mention> all = find("This [blog post](https://k.github.io/nn/) from Andrej Karpathy is good, with his "
                + "[video](https://youtu.be/VMj-3S1tku0abc) on it. There are videos on [RNNs](https://youtu.be/aaaaaaaaaaa) "
                + "and [LSTMs](https://youtu.be/bbbbbbbbbbb) from StatQuest.");

        assertThat(all).extracting(m -> m.creators().isEmpty() ? "" : m.creators().get(0).name())
                .containsExactly("Andrej Karpathy", "Andrej Karpathy", "StatQuest", "StatQuest");
        assertThat(all.get(0).title()).isEmpty();
        assertThat(all.get(2).title()).contains(new Title("RNNs", Title.Strength.LABEL));
    }

    @Test
    void aListItemThatOpensWithALinkHasATitleAndTheNamesAfterIt() {
        Mention m = find("* [The Illustrated GPT-2](https://jalammar.github.io/illustrated-gpt2/) - Jay Alammar. A post.\n").get(0);

        assertThat(m.title()).contains(new Title("The Illustrated GPT-2", Title.Strength.LIST_HEAD));
        assertThat(m.creators()).extracting(CreatorName::name).containsExactly("Jay Alammar");
    }

    @Test
    void linklessItemsNameResourcesByQuotedTitleBareHostOrSlug() {
        List<Mention> all = find("""
                - Andrej Karpathy’s “Intro to Large Language Models” (~1hr YouTube) — a tour.
                - Hugging Face NLP Course (free, huggingface.co/learn/nlp-course) — notebooks.
                - seq2seq — the encoder-decoder setup
                - Run a fine-tune — an activity, not a resource
                """);

        assertThat(all).extracting(m -> m.address().problem()).containsExactly(Address.Problem.NOT_GIVEN,
                Address.Problem.BARE_HOST, Address.Problem.SLUG_REFERENCE);
        assertThat(all.get(0).creators()).extracting(CreatorName::name).containsExactly("Andrej Karpathy");
        assertThat(all.get(0).length().orElseThrow().minutes().value()).isEqualTo(60);
        assertThat(all.get(1).address().url().orElseThrow().value()).isEqualTo("https://huggingface.co/learn/nlp-course");
    }

    @Test
    void anItemEndingInAColonHandsItsCreatorToTheItemsAfterIt() {
        List<Mention> all = find("- Lilian Weng’s posts (lilianweng.github.io):\n- “The Transformer Family” — variants\n"
                + "- “Prompt Engineering” — prompting\n- Chip Huyen’s writing on LLMOps — production\n");

        assertThat(all).extracting(m -> m.creators().get(0).name()).containsExactly("Lilian Weng", "Lilian Weng", "Chip Huyen");
    }

    @Test
    void aStartTimeInTheAddressIsAMomentNotPartOfTheAddress() {
        Mention m = find("* [Visual intro](https://www.youtube.com/watch?v=wjZofJX0v4M&t=187s) - 3Blue1Brown.\n").get(0);

        assertThat(m.address().url().orElseThrow().value()).isEqualTo("https://youtube.com/watch?v=wjZofJX0v4M");
        assertThat(m.moments()).extracting(x -> x.at().seconds()).containsExactly(187);
    }

    @Test
    void aBadgeLinkAroundAnImageIsReadAsABadgeNotAResource() {
        assertThat(find("# List [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n"))
                .singleElement().satisfies(m -> assertThat(m.address().problem()).isEqualTo(Address.Problem.BADGE));
    }

    @Test
    void aPictureLinkInATableRowIsTheRowsNotebook() {
        assertThat(find("| Notebook | Colab |\n|---|---|\n| Fine-tune X | <a href=\"https://colab.research.google.com/drive/1a\">"
                + "<img src=\"c.svg\" alt=\"Open In Colab\"></a> |\n"))
                .singleElement().satisfies(m -> assertThat(m.title().orElseThrow().text()).isEqualTo("Fine-tune X"))
                .satisfies(m -> assertThat(m.address().usable()).isTrue());
    }

    @Test
    void aLinkWhoseTextEndsWithASpaceIsStillRead() {
        assertThat(find("- [Attention explained ](https://example.org/a) - a note\n"))
                .singleElement().satisfies(m -> assertThat(m.title().orElseThrow().text()).isEqualTo("Attention explained"));
    }
}
