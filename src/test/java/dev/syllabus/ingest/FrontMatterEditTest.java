package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merged facts are new front-matter lines; every line the curator wrote stays as it was. */
class FrontMatterEditTest {
    private static final String FILE = """
            ---
            title: "A video"   # the creator's title
            kind: video
            creators: [someone]
            url: https://youtu.be/aaaaaaaaaaa
            alternate_urls:
              - https://example.org/mirror
            length: 20m
            length_basis: estimated
            segments:
              - at: "1:00"
                covers: the start
            level: introductory
            ---
            Body with [[a-link]].
            """;

    private static final Fact ALTERNATE = new Fact.AlternateUrl(CanonicalUrl.of("https://b.org/x"), "https://b.org/x");
    private static final Fact SEGMENT = new Fact.AddedSegment(new Moment(Timestamp.parse("2:30"), true, "the middle"));
    private static final Fact CREATOR = new Fact.AddedCreator(Slug.of("another"));
    private static final Fact LENGTH = new Fact.Length(new StatedLength(Minutes.of(116), false, "1h56m"));

    @Test
    void eachFactLandsInItsOwnFieldAndNothingElseMoves() {
        String edited = FrontMatterEdit.apply(FILE, List.of(ALTERNATE, SEGMENT, CREATOR, LENGTH));

        assertThat(Diff.added(FILE, edited)).containsExactly("creators: [someone, another]", "  - \"https://b.org/x\"",
                "length: 1h56m", "length_basis: stated", "  - at: \"2:30\"", "    approximate: true", "    covers: \"the middle\"");
        assertThat(Diff.removed(FILE, edited)).containsExactly("creators: [someone]", "length: 20m", "length_basis: estimated");
    }

    @Test
    void aSegmentThatPlaysBeforeTheListedOnesGoesBeforeThemSoTheListStaysInPlayingOrder() {
        String edited = FrontMatterEdit.apply(FILE, List.of(new Fact.AddedSegment(new Moment(Timestamp.parse("0:30"), false, "a preview"))));

        assertThat(edited).contains("""
                segments:
                  - at: "0:30"
                    covers: "a preview"
                  - at: "1:00"
                    covers: the start
                level:""");
    }

    @Test
    void aMissingListIsAddedAfterTheFieldThatPrecedesItInTheDocumentedOrder() {
        String file = "---\ntitle: T\nkind: video\ncreators: []\nurl: https://a.org\nlevel: advanced\n---\n";

        String edited = FrontMatterEdit.apply(file, List.of(ALTERNATE, SEGMENT));

        assertThat(edited).isEqualTo("---\ntitle: T\nkind: video\ncreators: []\nurl: https://a.org\n"
                + "alternate_urls: [\"https://b.org/x\"]\nsegments:\n  - at: \"2:30\"\n    approximate: true\n"
                + "    covers: \"the middle\"\nlevel: advanced\n---\n");
    }

    @Test
    void anEmptyFlowListTakesItsFirstItem() {
        String edited = FrontMatterEdit.apply("---\ntitle: T\ncreators: []\nsegments: []\n---\n", List.of(CREATOR, SEGMENT));

        assertThat(edited).contains("creators: [another]\n").contains("segments:\n  - at: \"2:30\"");
    }

    @Test
    void windowsLineEndingsAreKept() {
        String edited = FrontMatterEdit.apply("---\r\ntitle: T\r\ncreators: [a]\r\n---\r\nBody\r\n", List.of(CREATOR));

        assertThat(edited).isEqualTo("---\r\ntitle: T\r\ncreators: [a, another]\r\n---\r\nBody\r\n");
    }

    @Test
    void aFileWithoutFrontMatterIsRefused() {
        assertThatThrownBy(() -> FrontMatterEdit.apply("just text\n", List.of(CREATOR)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no front matter");
    }
}
