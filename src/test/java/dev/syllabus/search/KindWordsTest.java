package dev.syllabus.search;

import dev.syllabus.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word that names a kind of material beside a topic ("rlhf video") asks for that kind, over the bundled knowledge
 * base, where the topic's guide picks of other kinds would otherwise come first.
 */
class KindWordsTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(ContentLoader.load(Path.of("content")).kb());
    }

    private static List<Hit> hits(String query) {
        return index.search(SearchQuery.of(query)).hits();
    }

    @ParameterizedTest(name = "\"{0}\" starts with a {1}")
    @CsvSource({"rlhf video, video", "bert paper, paper", "lora paper, paper", "tokenization course, course-chapter"})
    void aKindWordBesideATopicRanksThatKindFirst(String query, String kind) {
        assertThat(hits(query)).first().extracting(Hit::kind).isEqualTo(kind);
    }

    @Test
    void theKindAskedForNeedNotBeWrittenInTheResult() {
        assertThat(hits("transformer paper")).first().extracting(Hit::slug).isEqualTo("attention-is-all-you-need");
    }

    @Test
    void aKindWordBesideACreatorsNameRanksTheirWorkOfThatKindFirst() {
        assertThat(hits("karpathy videos")).first().satisfies(h -> {
            assertThat(h.kind()).isIn("video", "video-series");
            assertThat(h.creators()).contains("andrej-karpathy");
        });
    }

    @Test
    void besideACreatorsNameOnlyTheirWorkOfThatKindRanksUpNotPagesThatMentionThem() {
        assertThat(hits("karpathy blog").get(0).creators()).containsExactly("andrej-karpathy");
        assertThat(hits("karpathy blog").subList(0, 3)).extracting(Hit::slug).doesNotContain("assemblyai-decoding-strategies");
    }

    @Test
    void codeIsATopicWordNotAKind() {
        assertThat(hits("gpt code")).first().extracting(Hit::slug).isEqualTo("karpathy-lets-build-gpt");
    }

    @Test
    void withoutATopicAKindWordIsSearchedLikeAnyOtherWord() {
        assertThat(hits("reading the canonical papers")).first().extracting(Hit::slug).isEqualTo("paper-path");
    }
}
