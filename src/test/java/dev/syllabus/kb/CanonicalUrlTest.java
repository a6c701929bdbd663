package dev.syllabus.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.youtube.com/watch?v=eMlx5fFNoYc",
            "https://youtu.be/eMlx5fFNoYc",
            "http://youtube.com/watch?v=eMlx5fFNoYc",
            "https://m.youtube.com/watch?v=eMlx5fFNoYc&feature=share",
            "https://www.youtube.com/embed/eMlx5fFNoYc",
            "https://www.youtube.com/shorts/eMlx5fFNoYc",
            "https://youtu.be/eMlx5fFNoYc?si=AbCdEf123",
            "https://www.youtube-nocookie.com/embed/eMlx5fFNoYc"})
    void shortAndLongVideoLinksAreOneVideo(String written) {
        assertThat(CanonicalUrl.of(written).value()).isEqualTo("https://youtube.com/watch?v=eMlx5fFNoYc");
    }

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=wjZofJX0v4M&t=187s, 187",
            "https://youtu.be/wjZofJX0v4M?t=187, 187",
            "https://www.youtube.com/watch?v=wjZofJX0v4M#t=3m7s, 187",
            "https://www.youtube.com/watch?t=1h2m3s&v=wjZofJX0v4M, 3723",
            "https://www.youtube.com/watch?v=wjZofJX0v4M&start=187, 187"})
    void aStartTimeIsASegmentNotAnotherResource(String written, int seconds) {
        CanonicalUrl.Parsed parsed = CanonicalUrl.parse(written);

        assertThat(parsed.url().value()).isEqualTo("https://youtube.com/watch?v=wjZofJX0v4M");
        assertThat(parsed.start()).contains(new Timestamp(seconds));
    }

    @Test
    void anAddressWithoutStartTimeHasNone() {
        assertThat(CanonicalUrl.parse("https://youtu.be/wjZofJX0v4M").start()).isEmpty();
    }

    @Test
    void aPlaylistLinkIsThePlaylistWhicheverVideoItOpensOn() {
        String a = "https://www.youtube.com/watch?v=aircAruvnKk&list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi";
        String b = "https://www.youtube.com/playlist?list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi";
        String c = "https://www.youtube.com/watch?v=IHZwWFHWa-w&list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi&index=2";

        assertThat(CanonicalUrl.of(a)).isEqualTo(CanonicalUrl.of(b)).isEqualTo(CanonicalUrl.of(c));
        assertThat(CanonicalUrl.of(a).isYoutubePlaylist()).isTrue();
        assertThat(CanonicalUrl.of(a)).isNotEqualTo(CanonicalUrl.of("https://www.youtube.com/watch?v=aircAruvnKk"));
    }

    @Test
    void aChannelPageKeepsItsPath() {
        assertThat(CanonicalUrl.of("https://www.YouTube.com/@statquest/").value()).isEqualTo("https://youtube.com/@statquest");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.org/post?utm_source=x&utm_medium=y&utm_campaign=z",
            "https://example.org/post?fbclid=abc",
            "https://example.org/post?gclid=abc&mc_cid=1&mc_eid=2",
            "https://example.org/post?_ga=2.1&mkt_tok=abc&yclid=9",
            "https://example.org/post?utm_content=a#.XNFqrIkzYdU"})
    void trackingParametersGo(String written) {
        assertThat(CanonicalUrl.of(written).value()).isEqualTo("https://example.org/post");
    }

    @Test
    void aFragmentNamingAPartOfThePageIsPartOfTheAddress() {
        assertThat(CanonicalUrl.of("https://spacy.io/usage/linguistic-features#named-entities"))
                .isNotEqualTo(CanonicalUrl.of("https://spacy.io/usage/linguistic-features"))
                .isNotEqualTo(CanonicalUrl.of("https://spacy.io/usage/linguistic-features#tokenization"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/fxsjy/jieba#jieba-1", "https://github.com/fxsjy/jieba#", "https://github.com/fxsjy/jieba#readme"})
    void anAnchorInARepositorysReadmeIsTheRepository(String written) {
        assertThat(CanonicalUrl.of(written).value()).isEqualTo("https://github.com/fxsjy/jieba");
    }

    @Test
    void aTextHighlightOrAShareTrackerIsNotAPart() {
        assertThat(CanonicalUrl.of("https://example.org/a#:~:text=attention").value()).isEqualTo("https://example.org/a");
        assertThat(CanonicalUrl.of("https://example.org/a/#.XNFqrIkzYdU").value()).isEqualTo("https://example.org/a");
    }

    @Test
    void meaningfulQueryParametersStayInAStableOrder() {
        assertThat(CanonicalUrl.of("https://example.org/search?q=attention&page=2&utm_source=feed").value())
                .isEqualTo("https://example.org/search?page=2&q=attention");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://JALAMMAR.github.IO/illustrated-transformer/",
            "HTTPS://jalammar.github.io/illustrated-transformer",
            "http://jalammar.github.io/illustrated-transformer/",
            "https://www.jalammar.github.io/illustrated-transformer//",
            "https://jalammar.github.io:443/illustrated-transformer/",
            "http://jalammar.github.io:80/illustrated-transformer/",
            "https://jalammar.github.io./illustrated-transformer/",
            "<https://jalammar.github.io/illustrated-transformer/>",
            "  <https://jalammar.github.io/illustrated-transformer/>  "})
    void hostCaseDefaultPortsTrailingSlashesAndAngleBracketsAreNormalised(String written) {
        assertThat(CanonicalUrl.of(written).value()).isEqualTo("https://jalammar.github.io/illustrated-transformer");
    }

    @Test
    void aPortOtherThanTheDefaultStays() {
        assertThat(CanonicalUrl.of("http://localhost.example:8080/x/").value()).isEqualTo("https://localhost.example:8080/x");
    }

    @Test
    void thePathKeepsItsCase() {
        assertThat(CanonicalUrl.of("https://colah.github.io/posts/2015-08-Backprop/").value())
                .isEqualTo("https://colah.github.io/posts/2015-08-Backprop");
    }

    @ParameterizedTest
    @CsvSource({
            "'https://kazemnejad.com/blog/transformer\\_architecture\\_positional\\_encoding/', https://kazemnejad.com/blog/transformer_architecture_positional_encoding",
            "'https://www.youtube.com/watch?v=TibQQO\\_xv1zc', https://youtube.com/watch?v=TibQQO_xv1zc",
            "'https://huggingface.co/docs/transformers/en/tokenizer%5C_summary', https://huggingface.co/docs/transformers/en/tokenizer_summary"})
    void markdownEscapesAreRemoved(String written, String canonical) {
        assertThat(CanonicalUrl.of(written).value()).isEqualTo(canonical);
    }

    @Test
    void percentEscapesCompareWhateverTheirCase() {
        assertThat(CanonicalUrl.of("https://example.org/a%2fb")).isEqualTo(CanonicalUrl.of("https://example.org/a%2Fb"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://arxiv.org/abs/1706.03762",
            "https://arxiv.org/abs/1706.03762v7",
            "http://arxiv.org/pdf/1706.03762v5.pdf",
            "https://export.arxiv.org/abs/1706.03762/"})
    void arxivVersionsAndPdfsAreTheAbstractPage(String written) {
        assertThat(CanonicalUrl.of(written).value()).isEqualTo("https://arxiv.org/abs/1706.03762");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox", "file:///etc/passwd", "mailto:someone@example.org", "ftp://example.org/file"})
    void onlyWebAddressesAreAccepted(String written) {
        assertThatThrownBy(() -> CanonicalUrl.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only http and https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#", "#section", "/relative/path", "Attention in transformers, visually explained | Chapter 6",
            "", "   ", "https://", "https:///path", "localhost", "http://www.", "http://www.?list=PL1", "https://www./x"})
    void textThatIsNotAnAddressIsRejectedWithTheText(String written) {
        assertThatThrownBy(() -> CanonicalUrl.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a web address");
    }

    @Test
    void aBareHostIsReadAsHttpsAndFlagged() {
        CanonicalUrl.Parsed parsed = CanonicalUrl.parse("huggingface.co/learn/nlp-course");

        assertThat(parsed.url().value()).isEqualTo("https://huggingface.co/learn/nlp-course");
        assertThat(parsed.schemeMissing()).isTrue();
        assertThat(CanonicalUrl.parse("https://huggingface.co/learn/nlp-course").schemeMissing()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "  //d2l.ai/", "<//d2l.ai/>"})
    void anAddressWithoutASchemeStartingWithTwoSlashesIsRefusedSayingHowToWriteIt(String written) {
        assertThatThrownBy(() -> CanonicalUrl.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no scheme").hasMessageContaining("write it as https:" + written.strip()
                        .replaceAll("[<>]", ""));
    }

    @Test
    void anInvalidVideoIdIsKeptSoValidationCanReportIt() {
        CanonicalUrl url = CanonicalUrl.of("https://www.youtube.com/watch?v=MN\\_lSncZBs");

        assertThat(url.youtubeVideoId()).contains("MN_lSncZBs");
        assertThat(CanonicalUrl.isValidYoutubeVideoId("MN_lSncZBs")).isFalse();
        assertThat(CanonicalUrl.isValidYoutubeVideoId("eMlx5fFNoYc")).isTrue();
    }

    @Test
    void theCanonicalFormIsAFixedPoint() {
        CanonicalUrl once = CanonicalUrl.of("https://WWW.Example.org:443/a/b/?utm_source=x&b=2&a=1#frag");

        assertThat(CanonicalUrl.of(once.value())).isEqualTo(once);
    }

    @Test
    void aVideoOpensAtAStartTime() {
        assertThat(CanonicalUrl.of("https://youtu.be/eMlx5fFNoYc").at(new Timestamp(668)))
                .isEqualTo("https://youtube.com/watch?v=eMlx5fFNoYc&t=668s");
    }

    @Test
    void aVeryLongAddressIsAbbreviatedInTheMessage() {
        String junk = "javascript:" + "a".repeat(5000);

        assertThatThrownBy(() -> CanonicalUrl.parse(junk)).hasMessageContaining("...").message().hasSizeLessThan(400);
    }
}
