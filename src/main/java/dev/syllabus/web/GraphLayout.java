package dev.syllabus.web;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Prerequisite;
import dev.syllabus.kb.Slug;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out prerequisite graphs with the Eclipse Layout Kernel's layered algorithm: prerequisites above what needs
 * them, layer by layer, with edges routed orthogonally through the gaps between nodes (never behind one) and boxes
 * sized to their labels, wrapped on two lines where a title is long, so no label is cut.
 */
final class GraphLayout {
    static final int CHAR_W = 7;
    static final int LINE_H = 15;
    static final int PAD_X = 10;
    static final int PAD_Y = 8;
    static final int MAX_LINE = 22;

    /** ELK's algorithms, registered on the first layout: loading ELK costs start-up, and a run may draw no graph. */
    private static final class Elk {
        static {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }

        static void registered() {
            // Calling this runs the static initialiser once.
        }
    }

    private final KnowledgeBase kb;
    private final OnFirstUse<GraphPicture> all;

    GraphLayout(KnowledgeBase kb) {
        this.kb = kb;
        this.all = new OnFirstUse<>(() -> of(kb.concepts().stream().map(Concept::slug).toList(), Set.of()));
    }

    /** The whole graph, laid out once (the graph page and its API document both show it). */
    GraphPicture all() {
        return all.get();
    }

    /** A concept with everything it requires, directly or not. */
    GraphPicture around(Slug concept) {
        List<Slug> subset = new ArrayList<>(kb.graph().ancestors(concept));
        subset.add(concept);
        return of(subset, Set.of());
    }

    /** Several goals with everything they require. */
    GraphPicture towards(List<Slug> goals) {
        Set<Slug> subset = new LinkedHashSet<>();
        for (Slug g : goals) {
            if (kb.get(g, Concept.class).isPresent()) {
                subset.addAll(kb.graph().ancestors(g));
                subset.add(g);
            }
        }
        return of(List.copyOf(subset), Set.of());
    }

    /** The concepts of one area and what they require from other areas, the latter drawn as context. */
    GraphPicture area(Area area) {
        Set<Slug> subset = new LinkedHashSet<>();
        Set<Slug> context = new LinkedHashSet<>();
        kb.concepts().stream().filter(c -> c.area() == area).forEach(c -> {
            subset.add(c.slug());
            kb.graph().ancestors(c.slug()).forEach(a -> {
                subset.add(a);
                if (kb.get(a, Concept.class).map(x -> x.area() != area).orElse(false)) {
                    context.add(a);
                }
            });
        });
        return of(List.copyOf(subset), context);
    }

    private GraphPicture of(List<Slug> slugs, Set<Slug> context) {
        Elk.registered();
        List<Concept> concepts = slugs.stream().distinct().flatMap(s -> kb.get(s, Concept.class).stream())
                .sorted(Comparator.comparing(Concept::area).thenComparing(Concept::title)).toList();
        ElkNode root = root();
        Map<Slug, ElkNode> boxes = new LinkedHashMap<>();
        Map<Slug, List<String>> labels = new LinkedHashMap<>();
        for (Concept c : concepts) {
            List<String> lines = wrap(c.title());
            ElkNode n = ElkGraphUtil.createNode(root);
            int longest = lines.stream().mapToInt(String::length).max().orElse(4);
            n.setDimensions(Math.max(80, longest * CHAR_W + 2 * PAD_X), lines.size() * LINE_H + 2 * PAD_Y);
            boxes.put(c.slug(), n);
            labels.put(c.slug(), lines);
        }
        Map<ElkEdge, String[]> edges = new LinkedHashMap<>();
        for (Concept c : concepts) {
            for (Prerequisite p : c.prerequisites()) {
                if (boxes.containsKey(p.concept())) {
                    edges.put(ElkGraphUtil.createSimpleEdge(boxes.get(p.concept()), boxes.get(c.slug())),
                            new String[]{p.concept().value(), c.slug().value(), p.strength().id()});
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        List<GraphPicture.Node> nodes = concepts.stream().map(c -> node(c, boxes.get(c.slug()), labels.get(c.slug()),
                context.contains(c.slug()))).toList();
        List<GraphPicture.Edge> lines = edges.entrySet().stream().map(e -> edge(e.getKey(), e.getValue())).toList();
        return new GraphPicture((int) Math.ceil(root.getWidth()), (int) Math.ceil(root.getHeight()), nodes, lines);
    }

    private static ElkNode root() {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 16.0);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 6.0);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, 10.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 34.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(12.0));
        return root;
    }

    private static GraphPicture.Node node(Concept c, ElkNode n, List<String> lines, boolean context) {
        return new GraphPicture.Node(c.slug().value(), c.title(), c.area().id(), (int) Math.round(n.getX()),
                (int) Math.round(n.getY()), (int) Math.round(n.getWidth()), (int) Math.round(n.getHeight()), lines, context);
    }

    private static GraphPicture.Edge edge(ElkEdge e, String[] ends) {
        List<GraphPicture.Point> points = new ArrayList<>();
        for (ElkEdgeSection s : e.getSections()) {
            points.add(new GraphPicture.Point((int) Math.round(s.getStartX()), (int) Math.round(s.getStartY())));
            for (ElkBendPoint b : s.getBendPoints()) {
                points.add(new GraphPicture.Point((int) Math.round(b.getX()), (int) Math.round(b.getY())));
            }
            points.add(new GraphPicture.Point((int) Math.round(s.getEndX()), (int) Math.round(s.getEndY())));
        }
        return new GraphPicture.Edge(ends[0], ends[1], ends[2], points);
    }

    /** A title on at most two lines of about {@link #MAX_LINE} characters, broken between words. */
    static List<String> wrap(String title) {
        if (title.length() <= MAX_LINE) {
            return List.of(title);
        }
        int best = -1;
        for (int i = title.indexOf(' '); i > 0; i = title.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(title.length() / 2 - i) < Math.abs(title.length() / 2 - best)) {
                best = i;
            }
        }
        return best < 0 ? List.of(title) : List.of(title.substring(0, best), title.substring(best + 1));
    }
}
