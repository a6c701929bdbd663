package dev.syllabus.plan;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.Estimate;
import dev.syllabus.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static dev.syllabus.plan.TestKb.slug;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated paths' items add up to the totals their curator states. When this fails, fix the estimates in the
 * content (with a reason in the commit), never this check.
 */
class BundledPathsTest {
    private static final KnowledgeBase KB = ContentLoader.load(Path.of("content")).kb();

    private static PathReport report(String slug) {
        return PathReport.of(KB, slug(slug), Optional.empty(), PlannerTest.CLOCK);
    }

    @Test
    void theLightweightPathTakesTenToFifteenHours() {
        PathReport r = report("lightweight-path");
        assertThat(r.statedTotal()).hasValue(Estimate.parse("10h-15h"));
        assertThat(r.total().value()).as("lightweight-path total in minutes").isBetween(600, 900);
    }

    @Test
    void thePaperPathTakesFortyToSixtyHours() {
        PathReport r = report("paper-path");
        assertThat(r.statedTotal()).hasValue(Estimate.parse("40h-60h"));
        assertThat(r.total().value()).as("paper-path total in minutes").isBetween(2400, 3600);
    }
}
