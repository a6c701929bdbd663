package dev.syllabus.content;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every address the four guides contain reaches one entity of the bundled knowledge base, in whatever spelling. */
class SeedUrlsTest {
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>()\\[\\]]+");

    static List<SeedUrls.Listed> addresses() {
        return SeedUrls.section("addresses");
    }

    static List<SeedUrls.Listed> defective() {
        return addresses().stream().filter(l -> l.extra().isPresent()).toList();
    }

    static List<SeedUrls.Listed> sites() {
        return SeedUrls.section("sites");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void everyAddressOfTheGuidesIsAResourceOrPaper(SeedUrls.Listed address) {
        assertThat(Bundled.kb().byUrl(CanonicalUrl.of(address.text()))).as("entity at %s", CanonicalUrl.of(address.text()))
                .isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defective")
    void everyDefectiveAddressBelongsToAResourceThatDocumentsTheDefect(SeedUrls.Listed address) {
        DefectKind kind = Token.parse(DefectKind.class, address.extra().orElseThrow()).orElseThrow();
        Entity e = Bundled.kb().byUrl(CanonicalUrl.of(address.text())).orElseThrow();
        assertThat(e).isInstanceOfSatisfying(Resource.class, r -> assertThat(r.hasDefect(kind)).as("%s documents %s", r.slug(), kind.id()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everySiteNamedInProseIsACreatorsHomepage(SeedUrls.Listed site) {
        CanonicalUrl home = CanonicalUrl.of(site.text());
        assertThat(Bundled.kb().creators()).as("creators with homepage %s", home)
                .anySatisfy(c -> assertThat(c.homepage()).contains(home));
    }

    @Test
    void everyLinkTargetThatIsNotAnAddressIsDocumentedOnTheResourceItMeans() {
        List<SeedUrls.Listed> targets = SeedUrls.section("not addresses");
        assertThat(targets).isNotEmpty();
        for (SeedUrls.Listed target : targets) {
            assertThatThrownBy(() -> CanonicalUrl.parse(target.text())).isInstanceOf(IllegalArgumentException.class);
            Entity meant = Bundled.kb().byUrl(CanonicalUrl.of(target.extra().orElseThrow())).orElseThrow();
            assertThat(meant).isInstanceOfSatisfying(Resource.class, r -> assertThat(r.hasDefect(DefectKind.NOT_A_URL)).isTrue());
        }
    }

    @Test
    void theListHasEveryAddressInTheGuides() {
        for (String guide : List.of(Seeds.TOPIC_PICKS, Seeds.LEARNING_PATHS, Seeds.HANDBOOK, Seeds.RESOURCE_LIST)) {
            Matcher m = ADDRESS.matcher(Seeds.read(guide));
            while (m.find()) {
                String found = m.group().replaceAll("[.,;]+$", "");
                assertThat(SeedUrls.ALL).as("listed addresses of %s", guide)
                        .anySatisfy(l -> assertThat(l.guide() + " " + l.text()).isEqualTo(guide + " " + found));
            }
        }
    }

    @Test
    void everyListedTextIsWrittenSoInItsGuide() {
        for (SeedUrls.Listed listed : SeedUrls.ALL) {
            assertThat(Seeds.read(listed.guide())).as("guide %s", listed.guide()).contains(listed.text());
        }
    }

    @Test
    void theMostQuotedVideoIsOneResourceWhateverTheSpelling() {
        List<Entity> found = List.of("https://www.youtube.com/watch?v=kCc8FmEb1nY", "https://youtu.be/kCc8FmEb1nY",
                "https://www.youtube.com/watch?v=kCc8FmEb1nY&t=60s").stream()
                .map(u -> Bundled.kb().byUrl(CanonicalUrl.of(u)).orElseThrow()).distinct().toList();
        assertThat(found).hasSize(1);
    }
}
