package dev.syllabus.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;
import static org.assertj.core.api.Assertions.assertThat;

/** Links that cannot work are errors, and warnings once the resource documents them as a defect of its source. */
class LinkDefectRulesTest {
    private static final String VIDEO = "resources/attention-demo-video.md";
    private static final String PRIMER = "resources/nn-primer.md";

    @TempDir
    Path folder;

    @Test
    void aVideoIdOfTheWrongLengthCannotBeValid() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "https://youtu.be/eMlx5fFNoYc?si=tracking", "https://youtu.be/eMlx5fFNoY")
                .thenReportsOnly("invalid-video-id").in(VIDEO).atLineOf("url:").asError()
                .saying("video id 'eMlx5fFNoY' has 10 characters", "exactly 11", "copy the id from the video's address",
                        "add a defect of kind invalid-video-id");
    }

    @Test
    void aVideoIdWithCharactersOutsideTheAlphabetCannotBeValid() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "https://youtu.be/eMlx5fFNoYc?si=tracking", "https://www.youtube.com/watch?v=eMlx5fFNo.c")
                .thenReportsOnly("invalid-video-id").in(VIDEO).atLineOf("url:").saying("'eMlx5fFNo.c'");
    }

    @Test
    void aDefectiveAlternateAddressIsReportedAtItsOwnLine() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "url: https://youtu.be/eMlx5fFNoYc?si=tracking\n",
                        "url: https://youtu.be/eMlx5fFNoYc?si=tracking\nalternate_urls:\n  - https://example.org/mirror\n"
                                + "  - https://youtu.be/eMlx5fFNo\n")
                .thenReportsOnly("invalid-video-id").in(VIDEO).atLineOf("- https://youtu.be/eMlx5fFNo\n".strip());
    }

    @Test
    void aHostOneEditFromAKnownHostLooksMisspelt() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/", "url: https://youtub.com/watch?v=abcdefghijk")
                .thenReportsOnly("misspelt-host").in(PRIMER).atLineOf("url:").asError()
                .saying("host 'youtub.com' looks like a misspelling of 'youtube.com'", "correct the address",
                        "add a defect of kind misspelt-host");
    }

    @Test
    void aSubdomainOfAKnownHostIsNotAMisspelling() {
        ContentTree tree = givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/",
                "url: https://blog.demo.example.org/nn-primer/");
        org.assertj.core.api.Assertions.assertThat(tree.findings()).isEmpty();
    }

    @Test
    void anAddressWithoutASchemeSaysToWriteItWithOne() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/", "url: example.org/nn-primer/")
                .thenReportsOnly("bare-host").in(PRIMER).atLineOf("url:").asError()
                .saying("address 'example.org/nn-primer/' has no scheme", "write it as https://example.org/nn-primer/");
    }

    @Test
    void aProtocolRelativeAddressIsAnErrorSayingToWriteTheScheme() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/", "url: //evil.example/x")
                .thenReportsOnly("bad-url").in(PRIMER).atLineOf("url:").asError()
                .saying("'//evil.example/x' has no scheme", "write it as https://evil.example/x");
    }

    @Test
    void aDocumentedInvalidVideoIdIsOnlyAWarningCarryingTheNote() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "url: https://youtu.be/eMlx5fFNoYc?si=tracking",
                        "url: https://youtu.be/eMlx5fFNoY\ndefects:\n  - kind: invalid-video-id\n    note: The guide gives a ten-character id.")
                .thenReportsOnly("documented-defect").in(VIDEO).atLineOf("url:").asWarning()
                .saying("invalid-video-id: video id 'eMlx5fFNoY' has 10 characters", "(The guide gives a ten-character id.)");
    }

    @Test
    void aDocumentedBareHostIsOnlyAWarning() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/",
                        "url: example.org/nn-primer/\ndefects: [{kind: bare-host, note: The guide writes no scheme.}]")
                .thenReportsOnly("documented-defect").in(PRIMER).atLineOf("url:").asWarning().saying("bare-host: ");
    }

    @Test
    void aDocumentedMissingAddressIsAWarningInsteadOfAMissingField() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/",
                        "defects:\n  - kind: missing-url\n    note: The guide says to search for it.")
                .thenReports("documented-defect").in(PRIMER).atLineOf("kind: missing-url").asWarning()
                .saying("missing-url: The guide says to search for it.");
    }

    @Test
    void aMissingAddressFoundLaterKeepsItsDefectSilently() {
        ContentTree tree = givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/",
                "url: https://example.org/nn-primer/\ndefects:\n  - kind: missing-url\n    note: The guide gave no address; found later.");
        assertThat(tree.findings()).isEmpty();
    }

    @Test
    void aLinkTargetThatIsNotAnAddressIsAWarningWhenDocumented() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/",
                        "url: (A neural network primer, chapter 1)\ndefects:\n  - kind: not-a-url\n    note: The guide links the title.")
                .thenReportsOnly("documented-defect").in(PRIMER).atLineOf("url:").asWarning()
                .saying("not-a-url: The guide links the title.");
    }

    @Test
    void aLinkTargetThatIsNotAnAddressIsAnErrorWhenNotDocumented() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/", "url: (A neural network primer, chapter 1)")
                .thenReportsOnly("bad-url").in(PRIMER).atLineOf("url:").asError().saying("is not a web address");
    }
}
