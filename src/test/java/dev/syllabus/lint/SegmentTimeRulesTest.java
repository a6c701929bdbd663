package dev.syllabus.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator's rules about segment times: within the resource's length, listed in the order they play, and marked
 * approximate exactly when their source says they were estimated.
 */
class SegmentTimeRulesTest {
    private static final String VIDEO = "resources/attention-demo-video.md";
    private static final String SECOND = "  - at: \"11:08\"\n";
    private static final String EXACT_SOURCE = "    concept: self-attention\n    source: https://youtu.be/eMlx5fFNoYc\n";
    /** The end of the last segment, where a test appends one. */
    private static final String LAST = "    source: https://youtu.be/eMlx5fFNoYc\nlevel:";

    @TempDir
    Path folder;

    @Test
    void aSegmentEndingAfterTheResourceEndsNamesTheEndFieldAndSaysToCheckItOrTheLength() {
        givenTheValidFixtureIn(folder).replace(VIDEO, SECOND, SECOND + "    end: \"31:00\"\n")
                .thenReportsOnly("bad-timestamp").in(VIDEO).atLineOf("end: \"31:00\"").asError()
                .saying("segments[1].end", "31:00 is after the end of this 26m resource", "check the end or the length");
    }

    @Test
    void aSegmentEndingAtTheLastMinuteOfTheResourceIsWithinIt() {
        assertThat(givenTheValidFixtureIn(folder).replace(VIDEO, SECOND, SECOND + "    end: \"26:40\"\n").findings()).isEmpty();
    }

    @Test
    void aSegmentBeyondAnEstimatedLengthSaysTheEstimateIsTooShort() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "length: 26m", "length: 10m\nlength_basis: estimated")
                .thenReportsOnly("bad-timestamp").in(VIDEO).atLineOf("at: \"11:08\"").asError()
                .saying("segments[1].at", "11:08 is after the end of this 10m resource", "the length is an estimate",
                        "raise it to the resource's real length");
    }

    @Test
    void aSegmentListedAfterOneThatStartsLaterSaysToListThemInTheOrderTheyPlay() {
        givenTheValidFixtureIn(folder).replace(VIDEO, LAST, appended("5:00"))
                .thenReportsOnly("segment-order").in(VIDEO).atLineOf("at: \"5:00\"").asError()
                .saying("segments[2].at", "5:00 comes after segments[1], which starts later, at 11:08",
                        "list segments in the order they play");
    }

    @Test
    void twoSegmentsStartingAtTheSameTimeAreInOrder() {
        assertThat(givenTheValidFixtureIn(folder).replace(VIDEO, LAST, appended("11:08")).findings()).isEmpty();
    }

    @Test
    void aTimeWhoseSourceSaysItWasEstimatedMustBeMarkedApproximate() {
        givenTheValidFixtureIn(folder).replace(VIDEO, EXACT_SOURCE,
                        "    concept: self-attention\n    source: estimated from the transcript, about a third of the way in\n")
                .thenReportsOnly("segment-approximate").in(VIDEO).atLineOf("source: estimated from").asError()
                .saying("segments[1].source", "says the time at 11:08 was estimated", "add approximate: true");
    }

    @Test
    void anApproximateTimeThatSaysHowItWasEstimatedIsValid() {
        assertThat(givenTheValidFixtureIn(folder).replace(VIDEO, EXACT_SOURCE,
                "    concept: self-attention\n    approximate: true\n    source: estimated from the transcript\n").findings()).isEmpty();
    }

    @Test
    void anApproximateSegmentWithoutATimeSaysThereIsNoTimeToBeApproximate() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "segments:\n", "segments:\n  - section: Overview\n    approximate: true\n")
                .thenReportsOnly("segment-approximate").in(VIDEO).atLineOf("approximate: true").asError()
                .saying("segments[0].approximate", "has no at: time", "give the estimated time as at:, or remove approximate: true");
    }

    private static String appended(String at) {
        return "    source: https://youtu.be/eMlx5fFNoYc\n  - at: \"" + at + "\"\n    covers: a recap\n    source: https://youtu.be/eMlx5fFNoYc\nlevel:";
    }
}
