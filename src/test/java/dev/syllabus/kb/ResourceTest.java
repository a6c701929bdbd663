package dev.syllabus.kb;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.syllabus.kb.EntityTestData.at;
import static dev.syllabus.kb.EntityTestData.between;
import static dev.syllabus.kb.EntityTestData.resource;
import static dev.syllabus.kb.EntityTestData.section;
import static dev.syllabus.kb.EntityTestData.slugs;
import static org.assertj.core.api.Assertions.assertThat;

class ResourceTest {
    private static final String VIDEO = "https://www.youtube.com/watch?v=eMlx5fFNoYc";

    @Test
    void aSegmentWithItsOwnLengthTakesThatLength() {
        Segment chapters = section("Chapters 3-5", Minutes.parse("6h"));
        assertThat(resource("book").kind(ResourceKind.BOOK).segment(chapters).build().minutesOf(chapters)).isEqualTo(Minutes.parse("6h"));
    }

    @Test
    void aTimedSegmentWithAnEndRunsToItsEnd() {
        Segment s = between("1:30:00", "1:45:00");
        assertThat(resource("talk").length("3h30m", LengthBasis.STATED).segment(s).build().minutesOf(s)).isEqualTo(Minutes.of(15));
    }

    @Test
    void aTimedSegmentRunsToTheNextSegmentsStartWhateverTheOrderTheyAreListedIn() {
        Segment later = at("18:21", "cross-attention");
        Segment first = at("11:08", "causal-masking");
        Segment middle = at("15:44", "parameter-counting");
        Resource r = resource("video").length("26m", LengthBasis.STATED).segment(later).segment(first).segment(middle).build();
        assertThat(r.minutesOf(first)).isEqualTo(Minutes.of(5));
        assertThat(r.minutesOf(middle)).isEqualTo(Minutes.of(3));
    }

    @Test
    void theLastTimedSegmentRunsToTheEndOfAVideoOfStatedLength() {
        Segment last = at("18:21", null);
        assertThat(resource("video").length("26m", LengthBasis.STATED).segment(last).build().minutesOf(last)).isEqualTo(Minutes.of(8));
    }

    @Test
    void theLastTimedSegmentOfAVideoOfEstimatedLengthTakesTenMinutes() {
        Segment last = at("18:21", null);
        assertThat(resource("video").length("26m", LengthBasis.ESTIMATED).segment(last).build().minutesOf(last)).isEqualTo(Minutes.of(10));
    }

    @Test
    void aSegmentStartingAfterTheStatedEndTakesTenMinutesRatherThanNothing() {
        Segment late = at("40:00", null);
        assertThat(resource("video").length("26m", LengthBasis.STATED).segment(late).build().minutesOf(late)).isEqualTo(Minutes.of(10));
    }

    @Test
    void anUntimedSectionWithoutALengthTakesTenMinutes() {
        Segment part = section("the pre-training part", null);
        assertThat(resource("video").segment(part).build().minutesOf(part)).isEqualTo(Minutes.of(10));
    }

    @Test
    void aDeepLinkOpensAVideoAtTheSegmentsStart() {
        Segment s = at("11:08", null);
        Resource r = resource("video").url("https://youtu.be/eMlx5fFNoYc?si=abc").segment(s).build();
        assertThat(r.deepLink(s)).contains("https://youtube.com/watch?v=eMlx5fFNoYc&t=668s");
    }

    @Test
    void anUntimedSectionHasNoDeepLink() {
        Segment s = section("Chapter 9", null);
        Resource r = resource("book").kind(ResourceKind.BOOK).url("https://d2l.ai/").segment(s).build();
        assertThat(r.deepLink(s)).isEmpty();
    }

    @Test
    void anUntimedSectionIsStudiedAtTheResourcesOwnAddress() {
        Segment s = section("Chapter 9", null);
        Resource r = resource("book").kind(ResourceKind.BOOK).url("https://d2l.ai/").segment(s).build();
        assertThat(r.addressOf(s)).contains("https://d2l.ai");
    }

    @Test
    void aPartWithAnAddressOfItsOwnLinksThere() {
        Segment s = new Segment(Optional.empty(), Optional.empty(), false, "Lecture 2", "a part", Optional.empty(),
                Optional.empty(), "", Optional.of(CanonicalUrl.of("https://www.youtube.com/watch?v=PaCmpygFfXo")));
        Resource r = resource("series").kind(ResourceKind.VIDEO_SERIES).url("https://www.youtube.com/watch?v=VMj-3S1tku0")
                .segment(s).build();
        assertThat(r.deepLink(s)).contains("https://youtube.com/watch?v=PaCmpygFfXo");
    }

    @Test
    void aTimestampInsideASegmentPointsIntoIt() {
        Segment s = between("1:20:32", "1:41:46");
        Resource r = resource("video").url("https://youtu.be/7xTGNNLPyMI").segment(s).build();
        assertThat(r.segmentAt(Timestamp.parse("1:30:00"))).contains(s);
        assertThat(r.segmentAt(Timestamp.parse("1:41:46"))).isEmpty();
    }

    @Test
    void aDeepLinkIntoAnotherSitesPageAddsATimeParameter() {
        Segment s = at("2:00", null);
        Resource r = resource("talk").url("https://example.org/talk?id=7").segment(s).build();
        assertThat(r.deepLink(s)).contains("https://example.org/talk?id=7&t=120");
    }

    @Test
    void aResourceWithoutAnAddressHasNoDeepLink() {
        Segment s = at("2:00", null);
        assertThat(resource("lost-video").segment(s).build().deepLink(s)).isEmpty();
    }

    @Test
    void itsConceptsAreWhatItCoversThenWhatItsSegmentsTeachEachOnce() {
        Resource r = resource("video").covers("self-attention").segment(at("1:00", "self-attention"))
                .segment(at("2:00", "causal-masking")).build();
        assertThat(r.allConcepts()).isEqualTo(slugs("self-attention", "causal-masking"));
    }

    @Test
    void itAnswersToItsCanonicalAddressFirstThenItsAlternates() {
        Resource r = resource("post").url("https://huggingface.co/blog/mlabonne/decoding-strategies")
                .alternate("https://mlabonne.github.io/blog/posts/2023-06-07-Decoding_strategies.html").build();
        assertThat(r.allUrls()).extracting(CanonicalUrl::value).containsExactly(
                "https://huggingface.co/blog/mlabonne/decoding-strategies",
                "https://mlabonne.github.io/blog/posts/2023-06-07-Decoding_strategies.html");
    }

    @Test
    void itsReferencesNameCreatorsCoveredConceptsSegmentConceptsAndBodyLinks() {
        Resource r = resource("video").by("3blue1brown").covers("self-attention").segment(at("1:00", "causal-masking"))
                .body("Compare [[illustrated-transformer]].").build();
        assertThat(r.references()).extracting(Reference::field)
                .containsExactly("/creators/0", "/covers/0", "/segments/0/concept", "body");
    }
}
