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

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"https://www.youtube.com/watch?v=eMlx5fFNoYc, 11:08, false", "https://www.youtube.com/watch?v=eMlx5fFNoYc, 18:21, false",
            "https://www.youtube.com/watch?v=eMlx5fFNoYc, 15:44, false", "https://www.youtube.com/watch?v=7xTGNNLPyMI, 1:30:00, true",
            "https://www.youtube.com/watch?v=7xTGNNLPyMI, 2:07:28, true", "https://www.youtube.com/watch?v=wjZofJX0v4M&t=187s, 3:07, false"})
    void aTimestampAGuideGivesIsASegmentOfItsVideoMarkedApproximateWhereTheGuideSaysAbout(String address, String at, boolean about) {
        Timestamp start = Timestamp.parse(at);
        Segment segment = video(address).segments().stream().filter(s -> s.start().map(start::equals).orElse(false)).findFirst()
                .orElseThrow(() -> new AssertionError("no segment at " + at + " of " + address));
        assertThat(segment.approximate()).isEqualTo(about);
        assertThat(segment.concept()).isPresent();
        assertThat(segment.covers()).isNotBlank();
    }

    private static Resource video(String address) {
        return Bundled.kb().byUrl(CanonicalUrl.of(address)).filter(Resource.class::isInstance).map(Resource.class::cast)
                .orElseThrow(() -> new AssertionError("no resource at " + address));
    }
}
