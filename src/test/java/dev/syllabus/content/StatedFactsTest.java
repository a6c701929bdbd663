package dev.syllabus.content;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Timestamp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The running times and timestamps the guides state are kept on their videos: lengths as stated, timestamps as segments. */
class StatedFactsTest {
    @ParameterizedTest(name = "{0} lasts {1}")
    @CsvSource({"https://www.youtube.com/watch?v=kCc8FmEb1nY, 1h56m", "https://www.youtube.com/watch?v=7xTGNNLPyMI, 3.5h",
            "https://www.youtube.com/watch?v=zduSFxRajkE, 2h13m"})
    void aRunningTimeAGuideStatesIsTheVideosStatedLength(String address, String length) {
        Resource video = video(address);
        assertThat(video.minutes()).isEqualTo(Minutes.parse(length));
        assertThat(video.lengthBasis()).isEqualTo(LengthBasis.STATED);
    }

    /**
     * Where a guide says "about", the segment is approximate unless a published chapter list replaced the guess with
     * an exact time; a time a guide gives exactly is never marked approximate.
     */
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"https://www.youtube.com/watch?v=eMlx5fFNoYc, 11:08, false", "https://www.youtube.com/watch?v=eMlx5fFNoYc, 18:21, false",
            "https://www.youtube.com/watch?v=eMlx5fFNoYc, 15:44, false", "https://www.youtube.com/watch?v=7xTGNNLPyMI, 1:30:00, true",
            "https://www.youtube.com/watch?v=7xTGNNLPyMI, 2:07:28, true", "https://www.youtube.com/watch?v=wjZofJX0v4M&t=187s, 3:07, false"})
    void aTimestampAGuideGivesFallsInASegmentOfItsVideoAndAGuessIsMarkedOrReplaced(String address, String at, boolean about) {
        Resource video = video(address);
        Segment segment = video.segmentAt(Timestamp.parse(at))
                .orElseThrow(() -> new AssertionError("no segment at or around " + at + " of " + address));
        if (about) {
            assertThat(segment.approximate() || segment.sourceAddress().isPresent()).as("approximate, or timed from a chapter list")
                    .isTrue();
        } else {
            assertThat(segment.approximate()).isFalse();
        }
        assertThat(segment.concept()).isPresent();
        assertThat(segment.covers()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://www.youtube.com/watch?v=7xTGNNLPyMI", "https://www.youtube.com/watch?v=kCc8FmEb1nY",
            "https://www.youtube.com/watch?v=zduSFxRajkE", "https://www.youtube.com/watch?v=eMlx5fFNoYc",
            "https://www.youtube.com/watch?v=wjZofJX0v4M"})
    void everyTimeOfTheLongVideosComesFromAPublishedChapterList(String address) {
        assertThat(video(address).segments()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.start()).as("segment %s", s.label()).isPresent();
            assertThat(s.sourceAddress()).as("source of %s", s.label()).isPresent();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://www.youtube.com/watch?v=VMj-3S1tku0&list=PLAqhIrjkxbuWI23v9cThsA9GvCAUhRvKZ",
            "https://www.youtube.com/watch?v=aircAruvnKk&list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi"})
    void everyPartOfASeriesHasItsOwnAddressAndLength(String address) {
        Resource series = video(address);
        assertThat(series.segments()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.url()).as("address of %s", s.label()).isPresent();
            assertThat(s.minutes()).as("length of %s", s.label()).isPresent();
            assertThat(series.deepLink(s)).contains(s.url().orElseThrow().value());
        });
    }

    private static Resource video(String address) {
        return Bundled.kb().byUrl(CanonicalUrl.of(address)).filter(Resource.class::isInstance).map(Resource.class::cast)
                .orElseThrow(() -> new AssertionError("no resource at " + address));
    }
}
