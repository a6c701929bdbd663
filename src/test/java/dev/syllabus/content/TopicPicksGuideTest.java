package dev.syllabus.content;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The topic-picks guide holds all twenty topics of the source guide, in order, each with its picks or the none-exists marker. */
class TopicPicksGuideTest {
    private static final Pattern TOPIC_HEADING = Pattern.compile("(?m)^#{2,3} (\\d+)\\. ");
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>()\\[\\]]+");

    /** One topic as read from the guide. */
    record Expected(int number, String name, String article, String video, List<String> at) {
        @Override
        public String toString() {
            return number + ". " + name;
        }
    }

    static List<Expected> topics() {
        return text().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).map(c -> new Expected(
                Integer.parseInt(c[0]), c[1], c[2], c[3], c.length > 4 ? List.of(c[4].split(",")) : List.of())).toList();
    }

    private static Guide guide() {
        return Bundled.kb().get(Slug.of("topic-picks"), Guide.class).orElseThrow();
    }

    private static Topic topic(int number) {
        return guide().topics().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    @Test
    void holdsTheTwentyTopicsInTheGuidesOrder() {
        assertThat(guide().topics()).extracting(Topic::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(topics()).hasSize(20);
        for (Expected e : topics()) {
            assertThat(topic(e.number()).title()).as("title of topic %d", e.number()).startsWithIgnoringCase(e.name());
        }
    }

    @Test
    void eachTopicTeachesADifferentConcept() {
        assertThat(guide().topics()).extracting(Topic::concept).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void theArticlePickIsTheGuidesArticle(Expected e) {
        assertThat(topic(e.number()).pick(PickRole.ARTICLE)).map(Pick::resource).contains(slugAt(e.article()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void theVideoPickIsTheGuidesVideoAtItsTimestampsOrMarkedAsMissing(Expected e) {
        Topic topic = topic(e.number());
        if (e.video().equals("none")) {
            assertThat(topic.pick(PickRole.VIDEO)).isEmpty();
            assertThat(topic.gaps()).anySatisfy(g -> {
                assertThat(g.role()).isEqualTo(PickRole.VIDEO);
                assertThat(g.reason()).isNotBlank();
            });
            return;
        }
        Pick video = topic.pick(PickRole.VIDEO).orElseThrow(() -> new AssertionError("topic " + e.number() + " has no video pick"));
        if (e.video().equals("unlinked")) {
            Resource r = Bundled.kb().get(video.resource(), Resource.class).orElseThrow();
            assertThat(r.hasDefect(DefectKind.MISSING_URL)).as("%s documents its missing address", r.slug()).isTrue();
        } else {
            assertThat(video.resource()).isEqualTo(slugAt(e.video()));
        }
        assertThat(video.at()).containsExactlyElementsOf(e.at().stream().map(Timestamp::parse).toList());
    }

    @Test
    void everyAddressInATopicsSectionOfTheGuideIsOneOfThatTopicsPicks() {
        String guide = Seeds.read(Seeds.TOPIC_PICKS);
        String body = guide.substring(0, guide.indexOf("## How these resources fit together"));
        Matcher heading = TOPIC_HEADING.matcher(body);
        List<int[]> starts = heading.results().map(r -> new int[] {Integer.parseInt(r.group(1)), r.start()}).toList();
        assertThat(starts).hasSize(20);
        for (int i = 0; i < starts.size(); i++) {
            int number = starts.get(i)[0];
            String section = body.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[1] : body.length());
            List<Slug> picked = topic(number).picks().stream().map(Pick::resource).toList();
            ADDRESS.matcher(section).results().map(m -> m.group()).forEach(address ->
                    assertThat(picked).as("picks of topic %d, which should include %s", number, address).contains(slugAt(address)));
        }
    }

    private static Slug slugAt(String address) {
        return Bundled.kb().byUrl(CanonicalUrl.of(address)).map(Entity::slug)
                .orElseThrow(() -> new AssertionError("no entity at " + address));
    }

    private static String text() {
        try (InputStream in = TopicPicksGuideTest.class.getResourceAsStream("/topic-picks.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
