package dev.syllabus.ingest;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.Finding;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.lint.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports documents in shapes the source guides do not use: an awesome-list with nested bullets, a table, an HTML page. */
class FixtureImportTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/import");

    @TempDir
    Path dir;

    private KnowledgeBase importInto(String... names) throws IOException {
        List<SourceDocument> docs = java.util.Arrays.stream(names).map(n -> SourceFiles.read(FIXTURES.resolve(n))).toList();
        Importer.run(docs, ContentLoader.load(dir), Optional.of(dir), false);
        return ContentLoader.load(dir).kb();
    }

    private static Resource at(KnowledgeBase kb, String url) {
        return kb.resources().stream().filter(r -> r.url().map(u -> u.value().equals(url)).orElse(false)).findFirst()
                .orElseThrow(() -> new AssertionError("no imported resource at " + url + " among " + kb.resources().stream()
                        .map(r -> r.url().map(Object::toString).orElse("-")).toList()));
    }

    private static List<String> creatorNames(KnowledgeBase kb, Resource r) {
        return r.creators().stream().map(s -> kb.get(s, Creator.class).orElseThrow().name()).toList();
    }

    @ParameterizedTest(name = "{0} is a {1} by {2}")
    @CsvSource(delimiter = ';', value = {
            "https://neuralnetworksanddeeplearning.com; book; Michael Nielsen",
            "https://karpathy.medium.com/yes-you-should-understand-backprop-e2f06eab496b?source=rss; blog-post; Andrej Karpathy",
            "https://aclanthology.org/D14-1162; paper; Pennington|Socher|Manning",
            "https://tensorflow.org/text/tutorials/word2vec; article; TensorFlow",
            "https://youtube.com/watch?v=zxQyTK8quyY; video; StatQuest",
            "https://youtube.com/playlist?list=PLoROMvodv4rNiJRchCzutFw5ItR_Z27CM; video-series; Stanford Online",
            "https://github.com/karpathy/nanoGPT; code; Andrej Karpathy",
            "https://huggingface.co/learn/llm-course/chapter1/1; course-chapter; Hugging Face",
            "https://web.stanford.edu/class/cs224n/readings/cs224n-self-attention-transformers-2023_draft.pdf; lecture-notes; Stanford CS224n"})
    void theAwesomeListsNestedLinksBecomeDraftsOfTheRightKindAndCreators(String url, String kind, String creators) throws IOException {
        KnowledgeBase kb = importInto("awesome-list.md");

        Resource r = at(kb, url);

        assertThat(r.kind().id()).isEqualTo(kind);
        assertThat(creatorNames(kb, r)).containsExactly(creators.split("\\|"));
        assertThat(r.isDraft()).isTrue();
    }

    @Test
    void theAwesomeListImportsExactlyItsResourcesAndSkipsWhatIsNoResource() throws IOException {
        ImportReport report = Importer.run(List.of(SourceFiles.read(FIXTURES.resolve("awesome-list.md"))),
                ContentLoader.load(dir), Optional.of(dir), false);

        assertThat(report.count(ReportItem.Status.NEW)).isEqualTo(9);
        assertThat(report.items()).filteredOn(i -> i.status() == ReportItem.Status.SKIPPED).extracting(ReportItem::title)
                .containsExactlyInAnyOrder("2 in-page links", "Sponsor this list", "Tracking pixel",
                        "attention is all you need explained", "Awesome");
        assertThat(report.items()).filteredOn(i -> i.title().equals("2 in-page links")).singleElement()
                .satisfies(i -> assertThat(i.reason()).contains("#foundations, #transformers").contains("inside the document"));
        assertThat(report.items()).filteredOn(i -> i.title().equals("Awesome")).singleElement()
                .extracting(ReportItem::reason).asString().contains("badge");
        assertThat(report.items()).filteredOn(i -> i.title().equals("Sponsor this list")).singleElement()
                .extracting(ReportItem::reason).asString().contains("javascript: link");
    }

    @Test
    void aStartTimeInTheAddressAndInTheTextBecomesOneSegmentWithALength() throws IOException {
        Resource video = at(importInto("awesome-list.md"), "https://youtube.com/watch?v=zxQyTK8quyY");

        assertThat(video.segments()).extracting(s -> s.start().orElseThrow().toString(), Segment::covers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0:42", "the encoder is assembled piece by piece"));
        assertThat(video.minutes().value()).isEqualTo(36);
    }

    @ParameterizedTest(name = "row {0}: {1} by {2}, {3}")
    @CsvSource(delimiter = ';', value = {
            "https://lilianweng.github.io/posts/2018-06-24-attention; blog-post; Lilian Weng; 40",
            "https://arxiv.org/abs/1706.03762; paper; Vaswani; 180",
            "https://jalammar.github.io/illustrated-transformer; blog-post; Jay Alammar; 20",
            "https://youtube.com/watch?v=kCc8FmEb1nY; video; Andrej Karpathy; 116",
            "https://github.com/Dao-AILab/flash-attention; code; Tri Dao; 60"})
    void eachTableRowIsOneResourceReadFromItsColumns(String url, String kind, String creator, int minutes) throws IOException {
        KnowledgeBase kb = importInto("reading-table.md");

        Resource r = kb.resources().stream().filter(x -> x.allUrls().stream().anyMatch(u -> u.value().equals(url))).findFirst().orElseThrow();

        assertThat(r.kind().id()).isEqualTo(kind);
        assertThat(creatorNames(kb, r)).containsExactly(creator);
        assertThat(r.minutes().value()).isEqualTo(minutes);
    }

    @Test
    void aTableRowWithoutALinkIsSkippedNotInvented() throws IOException {
        ImportReport report = Importer.run(List.of(SourceFiles.read(FIXTURES.resolve("reading-table.md"))),
                ContentLoader.load(dir), Optional.of(dir), false);

        assertThat(report.items()).filteredOn(i -> i.status() == ReportItem.Status.SKIPPED).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("Dive into Deep Learning, chapter 11"))
                .satisfies(i -> assertThat(i.reason()).contains("without an address"));
    }

    @Test
    void anHtmlPageGivesItsLinksWithTheirHeadingsAndIgnoresScriptsAndUnsafeLinks() throws IOException {
        ImportReport report = Importer.run(List.of(SourceFiles.read(FIXTURES.resolve("page.html"))), ContentLoader.load(dir),
                Optional.of(dir), false);

        assertThat(report.items()).filteredOn(i -> i.status() == ReportItem.Status.NEW)
                .extracting(ReportItem::title, ReportItem::kind, ReportItem::under)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Understanding LSTM Networks", "blog-post", "Sequence models"),
                        org.assertj.core.groups.Tuple.tuple("Long Short-Term Memory, Clearly Explained", "video", "Videos"),
                        org.assertj.core.groups.Tuple.tuple("The Unreasonable Effectiveness of RNNs", "blog-post", "Videos"));
        assertThat(report.items()).noneMatch(i -> i.url().contains("evil.example"));
    }

    @Test
    void everyFixtureImportValidatesAndChangesNothingTheSecondTime() throws IOException {
        importInto("awesome-list.md", "reading-table.md", "page.html");
        Map<String, String> first = ContentTrees.snapshot(dir);

        ImportReport again = Importer.run(List.of(SourceFiles.read(FIXTURES.resolve("awesome-list.md")),
                SourceFiles.read(FIXTURES.resolve("reading-table.md")), SourceFiles.read(FIXTURES.resolve("page.html"))),
                ContentLoader.load(dir), Optional.of(dir), false);

        assertThat(Validator.validate(ContentLoader.load(dir))).filteredOn(Finding::isError).isEmpty();
        assertThat(again.written()).isEmpty();
        assertThat(ContentTrees.snapshot(dir)).isEqualTo(first);
    }

    @Test
    void theTableMergesItsNewTimestampIntoTheBundledVideoWithoutTouchingItsOtherLines() throws IOException {
        ContentTrees.copy(Path.of("content"), dir);
        String before = Files.readString(dir.resolve("resources/karpathy-lets-build-gpt.md"));

        ImportReport report = Importer.run(List.of(SourceFiles.read(FIXTURES.resolve("reading-table.md"))),
                ContentLoader.load(dir), Optional.of(dir), false);

        String after = Files.readString(dir.resolve("resources/karpathy-lets-build-gpt.md"));
        assertThat(report.items()).filteredOn(i -> i.slug().equals("karpathy-lets-build-gpt")).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(ReportItem.Status.MERGED))
                .satisfies(i -> assertThat(i.facts()).containsExactly("segment at 1:20:00 (The first attention block joins the network)"));
        assertThat(Diff.removed(before, after)).isEmpty();
        assertThat(Diff.added(before, after)).containsExactly("  - at: \"1:20:00\"",
                "    covers: \"The first attention block joins the network\"", "    source: \"as given by " + FIXTURES.resolve("reading-table.md") + ":10, read by syllabus import\"");
    }

    @Test
    void theTableAgainstTheBundledContentKnowsItsArxivPaperMergesALengthAndDraftsOnlyTheRepository() throws IOException {
        ContentTrees.copy(Path.of("content"), dir);

        ImportReport report = Importer.run(List.of(SourceFiles.read(FIXTURES.resolve("reading-table.md"))),
                ContentLoader.load(dir), Optional.of(dir), false);

        assertThat(report.items()).filteredOn(i -> i.status() == ReportItem.Status.KNOWN).extracting(ReportItem::slug)
                .containsExactlyInAnyOrder("attention-is-all-you-need", "illustrated-transformer", "d2l-book");
        assertThat(report.items()).filteredOn(i -> i.slug().equals("weng-attention")).singleElement()
                .extracting(ReportItem::facts).asList().containsExactly("stated length 40m (\"40 min\")");
        assertThat(report.items()).filteredOn(i -> i.status() == ReportItem.Status.NEW).extracting(ReportItem::url)
                .containsExactly("https://github.com/Dao-AILab/flash-attention");
        // Tri Dao is a creator of the bundled content (his FlashAttention talk), so only the repository is drafted.
        assertThat(report.written()).containsExactlyInAnyOrder("resources/flashattention.md",
                "resources/karpathy-lets-build-gpt.md", "resources/weng-attention.md");
    }
}
