package dev.syllabus.content;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every person, channel or organisation the guides credit with a resource is a creator of that resource. */
class CreatorsTest {
    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource(delimiter = '|', value = {
            "https://jalammar.github.io/illustrated-transformer/ | Jay Alammar",
            "https://www.youtube.com/watch?v=eMlx5fFNoYc | 3Blue1Brown",
            "https://kazemnejad.com/blog/transformer_architecture_positional_encoding/ | Kazemnejad",
            "https://www.youtube.com/watch?v=o29P0Kpobz0 | CodeEmporium",
            "https://magazine.sebastianraschka.com/p/understanding-and-coding-self-attention | Sebastian Raschka",
            "https://kipp.ly/transformer-param-count/ | Kipply",
            "https://michaelwornow.net/2024/01/18/counting-params-in-transformer | Michael Wornow",
            "https://www.youtube.com/watch?v=MN_lSncZBs | StatQuest",
            "https://research.google/blog/exploring-transfer-learning-with-t5-the-text-to-text-transfer-transformer/ | Google Research",
            "https://www.youtube.com/watch?v=7xTGNNLPyMI | Andrej Karpathy",
            "https://www.promptingguide.ai/techniques/cot | DAIR.AI",
            "https://huggingface.co/blog/how-to-generate | Patrick von Platen",
            "https://huggingface.co/blog/mlabonne/decoding-strategies | Maxime Labonne",
            "https://www.assemblyai.com/blog/decoding-strategies-how-llms-choose-the-next-word | AssemblyAI",
            "https://huggingface.co/blog/rlhf | Nathan Lambert; Louis Castricato; Leandro von Werra; Alex Havrilla",
            "https://huyenchip.com/2023/05/02/rlhf.html | Chip Huyen",
            "https://www.lesswrong.com/posts/6Fpvch8RR29qLEWNH/chinchilla-s-wild-implications | nostalgebraist",
            "https://lifearchitected.ai/chinchilla/ | Alan D. Thompson",
            "https://nlp.seas.harvard.edu/2018/04/03/attention.html | Alexander Rush; Vincent Nguyen; Guillaume Klein",
            "https://huggingface.co/learn/llm-course/en/chapter3/3 | Hugging Face; Sylvain Gugger; Lysandre Debut",
            "https://www.youtube.com/watch?v=nvBXf7s7vTI | Hugging Face",
            "https://lilianweng.github.io/posts/2021-09-25-train-large/ | Lilian Weng",
            "https://www.youtube.com/watch?v=TibQQO_xv1zc | PyTorch",
            "https://huggingface.co/blog/introducing-csearch | Yixuan Su; Tian Lan",
            "https://www.youtube.com/watch?v=aircAruvnKk&list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi | 3Blue1Brown",
            "https://www.youtube.com/watch?v=VMj-3S1tku0&list=PLAqhIrjkxbuWI23v9cThsA9GvCAUhRvKZ | Andrej Karpathy",
            "https://www.youtube.com/@statquest | Josh Starmer",
            "https://www.deeplearningbook.org/ | Goodfellow",
            "https://karpathy.github.io/neuralnets/ | Andrej Karpathy",
            "https://colah.github.io/posts/2015-08-Backprop/ | Chris Olah",
            "https://colah.github.io/posts/2015-08-Understanding-LSTMs/ | Chris Olah",
            "https://www.youtube.com/watch?v=8HyCNIVRbSU | The AI Hacker",
            "https://web.stanford.edu/class/cs224n/readings/cs224n_winter2023_lecture1_notes_draft.pdf | CS224n",
            "https://www.youtube.com/watch?v=f7o8aDNxf7k | ritvikmath",
            "https://www.youtube.com/watch?v=gQddtTdmG_8 | Computerphile",
            "https://docs.cohere.com/docs/text-embeddings | Cohere",
            "https://cameronrwolfe.substack.com/p/decoder-only-transformers-the-workhorse | Cameron",
            "https://bbycroft.net/llm | Brendan Bycroft",
            "https://web.stanford.edu/~jurafsky/slp3/10.pdf | Dan Jurafsky; James H. Martin"})
    void theGuidesCreditsAreTheResourcesCreators(String address, String credited) {
        Resource r = Bundled.kb().byUrl(CanonicalUrl.of(address)).filter(Resource.class::isInstance).map(Resource.class::cast)
                .orElseThrow(() -> new AssertionError("no resource at " + address));
        // Where the address turned out to hold someone else's work, the guide's credit is kept in the defect's note.
        Optional<KnownDefect> wrong = r.defects().stream().filter(d -> d.kind() == DefectKind.WRONG_TARGET).findFirst();
        if (wrong.isPresent()) {
            assertThat(wrong.get().note()).contains(credited.strip());
            return;
        }
        List<Creator> creators = r.creators().stream().map(c -> Bundled.kb().get(c, Creator.class).orElseThrow()).toList();
        for (String name : credited.split(";")) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            assertThat(creators).as("creators of %s, one of them %s", r.slug(), name.strip())
                    .anySatisfy(c -> assertThat(namesOf(c)).anyMatch(n -> n.contains(wanted)));
        }
    }

    private static List<String> namesOf(Creator c) {
        return Stream.concat(Stream.of(c.name()), c.aliases().stream()).map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
