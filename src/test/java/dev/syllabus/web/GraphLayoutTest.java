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

class GraphLayoutTest {
    private static final KnowledgeBase KB = ContentLoader.load(Path.of("content")).kb();
    private static final GraphPicture ALL = new GraphLayout(KB).all();
    private static final Map<String, GraphPicture.Node> NODES = ALL.nodes().stream()
            .collect(Collectors.toMap(GraphPicture.Node::slug, Function.identity()));

    @Test
    void everyConceptIsDrawnOnceInsideThePicture() {
        assertThat(NODES.keySet()).containsExactlyInAnyOrderElementsOf(KB.concepts().stream().map(c -> c.slug().value()).toList());
        ALL.nodes().forEach(n -> {
            assertThat(n.x()).isBetween(0, ALL.width() - n.width());
            assertThat(n.y()).isBetween(0, ALL.height() - n.height());
        });
    }

    @Test
    void everyPrerequisiteIsAnEdge() {
        assertThat(ALL.edges()).hasSize(KB.graph().edgeCount());
    }

    @Test
    void everyEdgeEndsInAnArrowhead() {
        String svg = ALL.svg(null, "graph");
        assertThat(svg).contains("<marker id=\"" + GraphPicture.ARROW + "\"");
        assertThat(svg.split("marker-end=\"url\\(#" + GraphPicture.ARROW + "\\)\"", -1)).hasSize(ALL.edges().size() + 1);
    }

    @Test
    void bandsFollowTheCurriculumOrder() {
        List<String> areas = ALL.bands().stream().map(GraphPicture.Band::area).toList();
        List<String> expected = java.util.Arrays.stream(Area.values()).map(Area::id).filter(areas::contains).toList();
        assertThat(areas).isEqualTo(expected);
    }

    @Test
    void eachConceptSitsInItsAreasBand() {
        for (Concept c : KB.concepts()) {
            GraphPicture.Node n = NODES.get(c.slug().value());
            GraphPicture.Band band = ALL.bands().stream().filter(b -> b.area().equals(c.area().id())).findFirst().orElseThrow();
            assertThat(n.y()).isBetween(band.y(), band.y() + band.height() - n.height());
        }
    }

    @Test
    void insideABandPrerequisitesStandLeftOfWhatNeedsThem() {
        for (GraphPicture.Edge e : ALL.edges()) {
            GraphPicture.Node from = NODES.get(e.from());
            GraphPicture.Node to = NODES.get(e.to());
            if (from.area().equals(to.area())) {
                assertThat(from.x()).as(e.toString()).isLessThan(to.x());
            }
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
        Slug rlhf = Slug.of("rlhf");
        GraphPicture around = new GraphLayout(KB).around(rlhf);
        List<String> expected = new java.util.ArrayList<>(KB.graph().ancestors(rlhf).stream().map(Slug::value).toList());
        expected.add("rlhf");
        assertThat(around.nodes()).extracting(GraphPicture.Node::slug).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(around.svg("rlhf", "x")).contains("class=\"node current\" data-slug=\"rlhf\"");
    }
}
