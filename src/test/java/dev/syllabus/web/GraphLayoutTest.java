package dev.syllabus.web;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The prerequisite graph's layout over the bundled content: complete, readable, with edges that never hide. */
class GraphLayoutTest {
    private static final KnowledgeBase KB = ContentLoader.load(Path.of("content")).kb();
    private static final GraphPicture ALL = new GraphLayout(KB).all();
    private static final Map<String, GraphPicture.Node> NODES = ALL.nodes().stream()
            .collect(Collectors.toMap(GraphPicture.Node::slug, Function.identity()));

    @Test
    void everyConceptIsDrawnOnceInsideThePicture() {
        assertThat(NODES.keySet()).containsExactlyInAnyOrderElementsOf(KB.concepts().stream().map(c -> c.slug().value()).toList());
        for (GraphPicture.Node n : ALL.nodes()) {
            assertThat(n.x()).isBetween(0, ALL.width() - n.width());
            assertThat(n.y()).isBetween(0, ALL.height() - n.height());
        }
    }

    @Test
    void everyPrerequisiteIsAnEdgeEndingInAnArrowhead() {
        assertThat(ALL.edges()).hasSize(KB.graph().edgeCount());
        String svg = ALL.svg(null, "x", "g");
        assertThat(svg.split("marker-end=\"url\\(#g-arrow\\)\"", -1)).hasSize(ALL.edges().size() + 1);
    }

    @Test
    void prerequisitesStandAboveWhatNeedsThem() {
        for (GraphPicture.Edge e : ALL.edges()) {
            assertThat(NODES.get(e.from()).y()).as(e.from() + " -> " + e.to()).isLessThan(NODES.get(e.to()).y());
        }
    }

    @Test
    void noEdgeRunsBehindANodeItDoesNotJoin() {
        for (GraphPicture.Edge e : ALL.edges()) {
            List<GraphPicture.Point> p = e.points();
            for (int i = 1; i < p.size(); i++) {
                for (GraphPicture.Node n : ALL.nodes()) {
                    if (!n.slug().equals(e.from()) && !n.slug().equals(e.to())) {
                        assertThat(crosses(p.get(i - 1), p.get(i), n)).as(e.from() + " -> " + e.to() + " behind " + n.slug()).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everyLabelFitsItsBox() {
        for (GraphPicture.Node n : ALL.nodes()) {
            assertThat(String.join(" ", n.lines())).isEqualTo(n.title());
            assertThat(n.lines()).hasSizeLessThanOrEqualTo(2);
            n.lines().forEach(line -> assertThat(line.length() * GraphLayout.CHAR_W + 2 * GraphLayout.PAD_X)
                    .as(line).isLessThanOrEqualTo(n.width()));
        }
    }

    @Test
    void nodesNeverOverlap() {
        List<GraphPicture.Node> nodes = ALL.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                GraphPicture.Node a = nodes.get(i);
                GraphPicture.Node b = nodes.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                assertThat(apart).as(a.slug() + " and " + b.slug()).isTrue();
            }
        }
    }

    @Test
    void aConceptsPictureHoldsExactlyItAndWhatItRequires() {
        GraphPicture around = new GraphLayout(KB).around(Slug.of("rlhf"));
        List<String> expected = new java.util.ArrayList<>(KB.graph().ancestors(Slug.of("rlhf")).stream().map(Slug::value).toList());
        expected.add("rlhf");
        assertThat(around.nodes()).extracting(GraphPicture.Node::slug).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(around.svg("rlhf", "x", "g")).contains("class=\"node current\" data-slug=\"rlhf\"");
    }

    @Test
    void anAreasPictureFadesWhatItRequiresFromOtherAreas() {
        GraphPicture alignment = new GraphLayout(KB).area(Area.ALIGNMENT);
        for (GraphPicture.Node n : alignment.nodes()) {
            Concept c = KB.get(Slug.of(n.slug()), Concept.class).orElseThrow();
            assertThat(n.context()).as(n.slug()).isEqualTo(c.area() != Area.ALIGNMENT);
        }
        assertThat(alignment.nodes()).anyMatch(n -> !n.context());
    }

    private static boolean crosses(GraphPicture.Point a, GraphPicture.Point b, GraphPicture.Node n) {
        int x1 = Math.min(a.x(), b.x());
        int x2 = Math.max(a.x(), b.x());
        int y1 = Math.min(a.y(), b.y());
        int y2 = Math.max(a.y(), b.y());
        return x2 > n.x() + 1 && x1 < n.x() + n.width() - 1 && y2 > n.y() + 1 && y1 < n.y() + n.height() - 1;
    }
}
