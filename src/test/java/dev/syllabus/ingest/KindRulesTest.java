package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of "Article or blog post?" in docs/content-format.md, from an address and the words around it. */
class KindRulesTest {

    @ParameterizedTest(name = "{0} [{1}] by {2} is {3}")
    @CsvSource(delimiter = ';', value = {
            "https://www.youtube.com/watch?v=eMlx5fFNoYc; ; ; video",
            "https://youtu.be/viZrOnJclY0; ; ; video",
            "https://www.youtube.com/watch?v=aircAruvnKk&list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi; ; ; video-series",
            "https://www.youtube.com/@statquest; ; ; video-series",
            "https://arxiv.org/abs/2202.06417; ; ; paper",
            "https://openreview.net/forum?id=abc; ; ; paper",
            "https://aclanthology.org/D14-1162/; ; ; paper",
            "https://github.com/karpathy/nanoGPT; ; ; code",
            "https://github.com/rasbt/machine-learning-book/tree/main; interactive book useful; ; book",
            "https://huggingface.co/learn/llm-course/en/chapter6/5; ; ; course-chapter",
            "https://huggingface.co/learn/nlp-course; ; ; course",
            "https://www.coursera.org/learn/nlp-sequence-models; ; ; course",
            "https://d2l.ai/chapter_recurrent-neural-networks/index.html; ; ; book-chapter",
            "https://www.deeplearningbook.org/contents/rnn.html; ; ; book-chapter",
            "https://www.deeplearningbook.org/; textbook; ; book",
            "http://d2l.ai; interactive textbook; ; book",
            "https://web.stanford.edu/~jurafsky/slp3/10.pdf; this chapter of; ; book-chapter",
            "https://web.stanford.edu/class/cs224n/readings/cs224n-self-attention-transformers-2023_draft.pdf; notes; ; lecture-notes",
            "https://example.org/slides.pdf; ; ; lecture-notes",
            "https://jalammar.github.io/illustrated-transformer/; article; ; blog-post",
            "https://huggingface.co/blog/rlhf; ; ; blog-post",
            "https://www.lesswrong.com/posts/6Fpvch8RR29qLEWNH/x; ; ; blog-post",
            "https://cameronrwolfe.substack.com/p/decoder-only; ; ; blog-post",
            "https://magazine.sebastianraschka.com/p/finetuning-large-language-models; ; ; blog-post",
            "https://huyenchip.com/2023/05/02/rlhf.html; ; Chip Huyen; blog-post",
            "https://kipp.ly/transformer-param-count/; ; Kipply; blog-post",
            "https://huggingface.co/docs/transformers/en/tokenizer_summary; ; Hugging Face; article",
            "https://docs.cohere.com/docs/text-embeddings; post+video; Cohere; article",
            "https://www.promptingguide.ai/techniques/cot; ; DAIR.AI; article",
            "https://nlp.seas.harvard.edu/2018/04/03/attention.html; ; Alexander Rush; article",
            "https://lifearchitected.ai/chinchilla/; ; Alan D. Thompson; article",
            "https://bbycroft.net/llm; 3D visualization; Brendan Bycroft; interactive",
            "https://pytorch.org/tutorials/beginner/ddp.html; ; PyTorch; article"})
    void theAddressDecidesThenTheWordsThenWhoseSiteItIs(String url, String words, String maker, String kind) {
        List<String> cues = words == null ? List.of() : MentionBuilder.words(words);
        List<String> makers = maker == null ? List.of() : List.of(maker);

        assertThat(KindRules.decide(Optional.of(CanonicalUrl.of(url)), cues, makers).id()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} without an address is {1}")
    @CsvSource(delimiter = ';', value = {"neural network series youtube; video-series", "intro to llms youtube; video",
            "heading:video; video", "hugging face nlp course; course"})
    void aMentionWithoutAnAddressTakesItsKindFromItsWords(String words, String kind) {
        List<String> cues = words.startsWith("heading:") ? List.of(words) : MentionBuilder.words(words);

        assertThat(KindRules.decide(Optional.empty(), cues, List.of()).id()).isEqualTo(kind);
    }
}
