package dev.syllabus.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;
import static org.assertj.core.api.Assertions.assertThat;

/** The loader's rules about single values (closed sets, slugs, lengths, timestamps, addresses), one broken fixture each. */
class FieldValueRulesTest {
    private static final String VIDEO = "resources/attention-demo-video.md";
    private static final String PRIMER = "resources/nn-primer.md";
    private static final String PAPER = "papers/bahdanau-attention.md";
    private static final String GUIDE = "guides/demo-guide.md";
    private static final String PATH = "paths/demo-path.md";

    @TempDir
    Path folder;

    @Test
    void aWordOutsideAClosedSetListsTheAllowedWordsAndTheClosest() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "access: free", "access: fre")
                .thenReportsOnly("bad-value").in(VIDEO).atLineOf("access: fre").asError()
                .saying("'fre' is not a valid access", "write one of free, registration, paid", "did you mean 'free'?");
    }

    @Test
    void aReadingModeOutsideTheVocabularyIsABadValue() {
        givenTheValidFixtureIn(folder).replace(PATH, "mode: skim", "mode: skimming")
                .thenReportsOnly("bad-value").in(PATH).atLineOf("mode: skimming")
                .saying("write one of watch, read-closely, read-selectively, skim, hands-on, reference");
    }

    @Test
    void aMalformedArxivIdShowsTheExpectedForm() {
        givenTheValidFixtureIn(folder).replace(PAPER, "arxiv: \"1409.0473\"", "arxiv: \"arXiv:1409.0473v7\"")
                .thenReportsOnly("bad-value").in(PAPER).atLineOf("arxiv:")
                .saying("'arXiv:1409.0473v7' is not an arXiv id", "write it as \"1706.03762\" (in quotes), without a version");
    }

    @Test
    void anImplausibleYearAsksForFourDigits() {
        givenTheValidFixtureIn(folder).replace(PAPER, "year: 2015", "year: 15")
                .thenReportsOnly("bad-value").in(PAPER).atLineOf("year: 15").saying("year 15 is not a plausible", "write four digits");
    }

    @Test
    void anItemWithTwoTargetsSaysAnItemHasExactlyOne() {
        givenTheValidFixtureIn(folder).replace(PATH, "      - resource: attention-demo-video\n",
                        "      - resource: attention-demo-video\n        concept: self-attention\n")
                .thenReportsOnly("bad-value").in(PATH).atLineOf("- resource: attention-demo-video")
                .saying("exactly one of resource, paper, concept or activity", "[resource, concept]");
    }

    @Test
    void aReferenceThatIsNotASlugShowsAnExample() {
        givenTheValidFixtureIn(folder).replace("concepts/self-attention.md", "related: [bahdanau-attention]", "related: [Bahdanau Attention]")
                .thenReportsOnly("bad-slug").in("concepts/self-attention.md").atLineOf("related:").asError()
                .saying("related[0]", "'Bahdanau Attention' is not a slug", "for example 'self-attention'");
    }

    @Test
    void aMalformedLengthShowsTheAcceptedForms() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "length: 26m", "length: 26 minutes long")
                .thenReportsOnly("bad-length").in(VIDEO).atLineOf("length: 26 minutes long").asError()
                .saying("length: '26 minutes long' is not a length", "write minutes as 90, 90m, 2h, 1h30m or 3.5h");
    }

    @Test
    void aMalformedEstimateIsABadLength() {
        givenTheValidFixtureIn(folder).replace(PATH, "estimate: ~1h", "estimate: about an hour")
                .thenReportsOnly("bad-length").in(PATH).atLineOf("estimate: about an hour").saying("phases[0].estimate", "write minutes as");
    }

    @Test
    void anEstimateRangeThatRunsBackwardsSaysToSwapIt() {
        givenTheValidFixtureIn(folder).replace(PATH, "stated_total: 1h-2h", "stated_total: 2h-1h")
                .thenReportsOnly("bad-length").in(PATH).atLineOf("stated_total:").saying("runs backwards", "smaller length first");
    }

    @Test
    void aMalformedTimestampShowsHowToWriteOne() {
        givenTheValidFixtureIn(folder).replace(GUIDE, "at: [\"3:00\"]", "at: [\"3:0\"]")
                .thenReportsOnly("bad-timestamp").in(GUIDE).atLineOf("at: [\"3:0\"]").asError()
                .saying("'3:0' is not a timestamp", "m:ss or h:mm:ss");
    }

    @Test
    void aSegmentEndingBeforeItStartsSaysToMoveTheEnd() {
        ContentTree tree = givenTheValidFixtureIn(folder).replace(VIDEO, "  - at: \"11:08\"\n", "  - at: \"11:08\"\n    end: \"10:00\"\n");
        tree.thenReports("bad-timestamp").in(VIDEO).atLineOf("end: \"10:00\"")
                .saying("ends at 10:00, not after its start 11:08", "give an end after the start");
    }

    @Test
    void aSegmentAfterTheEndOfTheVideoSaysToCheckTheTimestampOrTheLength() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "length: 26m", "length: 5m")
                .thenReportsOnly("bad-timestamp").in(VIDEO).atLineOf("at: \"11:08\"")
                .saying("segments[1].at", "11:08 is after the end of this 5m resource", "check the timestamp or the length");
    }

    @Test
    void aGuidePickAtATimeNoSegmentSpansSaysToAddTheSegment() {
        givenTheValidFixtureIn(folder).replace(GUIDE, "at: [\"11:08\"]", "at: [\"2:00\"]")
                .thenReportsOnly("bad-timestamp").in(GUIDE).atLineOf("at: [\"2:00\"]")
                .saying("topic 2 points at 2:00 of attention-demo-video", "add the segment to resources/attention-demo-video.md");
    }

    @Test
    void aGuidePickInsideASegmentPointsIntoThatSegment() {
        assertThat(givenTheValidFixtureIn(folder).replace(GUIDE, "at: [\"11:08\"]", "at: [\"12:00\"]").findings()).isEmpty();
    }

    @Test
    void aTimedSegmentWithoutASourceSaysWhereToRecordItsTime() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "    concept: self-attention\n    source: https://youtu.be/eMlx5fFNoYc\n",
                        "    concept: self-attention\n")
                .thenReportsOnly("segment-source").in(VIDEO).atLineOf("at: \"11:08\"").asError()
                .saying("segment at 11:08 does not say where its time came from", "add source: with the address of the chapter list",
                        "or mark it approximate: true");
    }

    @Test
    void anExactTimeMayNameTheGuideItWasTakenFrom() {
        ContentTree tree = givenTheValidFixtureIn(folder).replace(VIDEO, "    concept: self-attention\n    source: https://youtu.be/eMlx5fFNoYc\n",
                "    concept: self-attention\n    source: as given by the demo guide, topic 2\n");
        assertThat(tree.findings()).isEmpty();
    }

    @Test
    void anApproximateTimeMaySayInWordsHowItWasEstimated() {
        ContentTree tree = givenTheValidFixtureIn(folder).replace(VIDEO, "    concept: self-attention\n    source: https://youtu.be/eMlx5fFNoYc\n",
                "    concept: self-attention\n    approximate: true\n    source: read off the video by hand, to the minute\n");
        assertThat(tree.findings()).isEmpty();
    }

    @Test
    void aSourceWrittenAsAnAddressMustBeOne() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "    concept: self-attention\n    source: https://youtu.be/eMlx5fFNoYc\n",
                        "    concept: self-attention\n    source: https://youtu.be/eMlx5fFNoYc and its comments\n")
                .thenReportsOnly("segment-source").in(VIDEO).atLineOf("at: \"11:08\"")
                .saying("has a source that is not a valid address", "write the address alone");
    }

    @Test
    void aPartsOwnAddressMustBeAnAddress() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "    concept: self-attention\n    source: https://youtu.be/eMlx5fFNoYc\n",
                        "    concept: self-attention\n    source: https://youtu.be/eMlx5fFNoYc\n    url: https://example.org/part two\n")
                .thenReportsOnly("bad-url").in(VIDEO).atLineOf("url: https://example.org/part two").asError()
                .saying("is not a web address");
    }

    @Test
    void aMalformedAddressSaysWhatAnAddressLooksLike() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/", "url: https://example.org/nn primer/")
                .thenReportsOnly("bad-url").in(PRIMER).atLineOf("url:").asError()
                .saying("'https://example.org/nn primer/' is not a web address", "contains spaces", "such as https://example.org/page");
    }

    @Test
    void anAddressThatIsNotAWebAddressSaysOnlyHttpIsAllowed() {
        givenTheValidFixtureIn(folder).replace("creators/demo-channel.md", "homepage: https://demo.example.org", "homepage: ftp://demo.example.org")
                .thenReportsOnly("bad-url").in("creators/demo-channel.md").atLineOf("homepage:")
                .saying("homepage: 'ftp://demo.example.org' is a ftp: link", "only http and https web addresses are allowed");
    }
}
