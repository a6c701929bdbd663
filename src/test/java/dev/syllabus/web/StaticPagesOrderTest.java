package dev.syllabus.web;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.EntityType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order the export renders pages in: every route once, the pages that are not entities' first, then concepts. */
class StaticPagesOrderTest {
    private static final LoadedContent FIXTURE = ContentLoader.load(Path.of("src/test/resources/fixtures/valid"));

    @Test
    void theRenderOrderHoldsEveryRouteOnce() {
        StaticPages pages = new StaticPages(FIXTURE);
        assertThat(pages.renderOrder()).containsExactlyInAnyOrderElementsOf(pages.routes());
    }

    @Test
    void listsGraphsAndLabsComeBeforeConceptsAndConceptsBeforeOtherEntities() {
        List<Integer> ranks = new StaticPages(FIXTURE).renderOrder().stream().map(StaticPagesOrderTest::rank).toList();
        assertThat(ranks).isSorted().contains(0, 1, 2);
    }

    private static int rank(String route) {
        if (route.startsWith("/concepts/")) {
            return 1;
        }
        return Arrays.stream(EntityType.values()).anyMatch(t -> route.startsWith("/" + t.folder() + "/")) ? 2 : 0;
    }
}
