package dev.syllabus.content;

import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Slug;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The papers the Learning Paths guide names carry their well-known arXiv ids (or none) and first authors. */
class PaperFactsTest {
    @ParameterizedTest(name = "{0}: arXiv {1}, {2} first")
    @CsvSource({"seq2seq, 1409.3215, Sutskever", "bahdanau-attention, 1409.0473, Bahdanau",
            "attention-is-all-you-need, 1706.03762, Vaswani", "gpt-1, , Radford", "bert, 1810.04805, Devlin", "gpt-2, , Radford",
            "scaling-laws-neural-lm, 2001.08361, Kaplan", "chinchilla, 2203.15556, Hoffmann", "gpt-3, 2005.14165, Brown",
            "instructgpt, 2203.02155, Ouyang", "dpo, 2305.18290, Rafailov", "constitutional-ai-paper, 2212.08073, Bai",
            "lora, 2106.09685, Hu", "flash-attention-paper, 2205.14135, Dao", "roformer-rope, 2104.09864, Su",
            "word2vec, 1301.3781, Mikolov", "t5, 1910.10683, Raffel", "switch-transformer, 2101.03961, Fedus"})
    void aPaperHasItsArxivIdAndFirstAuthor(String slug, String arxiv, String firstAuthor) {
        Paper paper = Bundled.kb().get(Slug.of(slug), Paper.class).orElseThrow(() -> new AssertionError("no paper " + slug));
        if (arxiv == null) {
            assertThat(paper.arxiv()).as("%s has no arXiv id", slug).isEmpty();
            assertThat(paper.url()).as("%s has an address instead", slug).isPresent();
        } else {
            assertThat(paper.arxiv()).contains(arxiv);
        }
        assertThat(paper.authors().get(0)).endsWith(firstAuthor);
    }
}
