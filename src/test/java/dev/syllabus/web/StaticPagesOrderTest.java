package dev.syllabus.web;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.LoadedContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order the export renders pages in: every route once, the slow kinds of page before any entity's. */
class StaticPagesOrderTest {
    private static final LoadedContent FIXTURE = ContentLoader.load(Path.of("src/test/resources/fixtures/valid"));

    @Test
    void theRenderOrderHoldsEveryRouteOnce() {
        StaticPages pages = new StaticPages(FIXTURE);
        assertThat(pages.renderOrder()).containsExactlyInAnyOrderElementsOf(pages.routes());
    }

    @Test
    void graphsLabsAndListsComeBeforeTheFirstConcept() {
        List<String> order = new StaticPages(FIXTURE).renderOrder();
        int firstConcept = firstIndex(order, "/concepts/");
        assertThat(order.indexOf("/graph")).isBetween(0, firstConcept);
        assertThat(order.indexOf(StaticPages.LABS)).isBetween(0, firstConcept);
        assertThat(order.indexOf("/resources")).isBetween(0, firstConcept);
    }

    @Test
    void conceptsComeBeforeTheOtherEntities() {
        List<String> order = new StaticPages(FIXTURE).renderOrder();
        int lastConcept = lastIndex(order, "/concepts/");
        assertThat(lastConcept).isLessThan(firstIndex(order, "/resources/"));
        assertThat(lastConcept).isLessThan(firstIndex(order, "/creators/"));
    }

    private static int lastIndex(List<String> order, String prefix) {
        for (int i = order.size() - 1; i >= 0; i--) {
            if (order.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no route starts with " + prefix + " in " + order);
    }

    private static int firstIndex(List<String> order, String prefix) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no route starts with " + prefix + " in " + order);
    }
}
