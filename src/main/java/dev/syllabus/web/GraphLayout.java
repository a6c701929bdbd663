package dev.syllabus.web;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lays out prerequisite graphs for drawing: one horizontal band per curriculum area in {@link Area} order, and inside a
 * band columns in order of prerequisite depth, so edges inside a band run left to right. Each band uses only the
 * columns it has concepts for, starting at the left edge, which keeps the picture about as wide as the deepest area
 * rather than the whole curriculum. Within a column, nodes are ordered by the mean height of their prerequisites (a
 * barycentre pass), which keeps most edges short and uncrossed.
 */
final class GraphLayout {
    static final int NODE_W = 164;
    static final int NODE_H = 30;
    static final int COL_W = 196;
    static final int ROW_H = 40;
    static final int BAND_LABEL_H = 26;
    static final int BAND_GAP = 10;
    static final int MARGIN = 12;

    private final KnowledgeBase kb;

    GraphLayout(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The whole graph. */
    GraphPicture all() {
        return of(kb.concepts().stream().map(Concept::slug).toList());
    }

    /** A concept with everything it requires, directly or not. */
    GraphPicture around(Slug concept) {
        List<Slug> subset = new ArrayList<>(kb.graph().ancestors(concept));
        subset.add(concept);
        return of(subset);
    }

    private GraphPicture of(List<Slug> slugs) {
        Set<Slug> subset = new HashSet<>(slugs);
        Map<Slug, Integer> depth = depths(subset);
        Map<Area, TreeMap<Integer, List<Concept>>> cells = new EnumMap<>(Area.class);
        for (Slug s : slugs) {
            kb.get(s, Concept.class).ifPresent(c -> cells.computeIfAbsent(c.area(), a -> new TreeMap<>())
                    .computeIfAbsent(depth.get(s), d -> new ArrayList<>()).add(c));
        }
        Map<Slug, GraphPicture.Node> placed = new HashMap<>();
        List<GraphPicture.Band> bands = new ArrayList<>();
        int y = MARGIN;
        for (var band : cells.entrySet()) {
            int rows = band.getValue().values().stream().mapToInt(List::size).max().orElse(1);
            int height = BAND_LABEL_H + rows * ROW_H;
            bands.add(new GraphPicture.Band(band.getKey().label(), band.getKey().id(), y, height));
            placeBand(band.getKey(), band.getValue(), y + BAND_LABEL_H, placed);
            y += height + BAND_GAP;
        }
        int columns = cells.values().stream().mapToInt(TreeMap::size).max().orElse(1);
        int width = 2 * MARGIN + (columns - 1) * COL_W + NODE_W;
        return new GraphPicture(width, y - BAND_GAP + MARGIN, bands, nodesInOrder(slugs, placed), edges(subset, placed));
    }

    private void placeBand(Area area, TreeMap<Integer, List<Concept>> columns, int top, Map<Slug, GraphPicture.Node> placed) {
        int index = 0;
        for (List<Concept> column : columns.values()) {
            List<Concept> cell = new ArrayList<>(column);
            cell.sort(Comparator.comparingDouble((Concept c) -> barycentre(c, placed)).thenComparing(Concept::title));
            int x = MARGIN + index++ * COL_W;
            for (int row = 0; row < cell.size(); row++) {
                Concept c = cell.get(row);
                int ny = top + row * ROW_H + (ROW_H - NODE_H) / 2;
                placed.put(c.slug(), new GraphPicture.Node(c.slug().value(), c.title(), area.id(), x, ny, NODE_W, NODE_H));
            }
        }
    }

    private double barycentre(Concept c, Map<Slug, GraphPicture.Node> placed) {
        return c.prerequisiteSlugs().stream().filter(placed::containsKey)
                .mapToInt(p -> placed.get(p).y()).average().orElse(Double.MAX_VALUE / 2);
    }

    /** Longest chain of prerequisites inside the subset; a cycle (never in validated content) is cut where it closes. */
    private Map<Slug, Integer> depths(Set<Slug> subset) {
        Map<Slug, Integer> depth = new HashMap<>();
        for (Slug s : subset) {
            depthOf(s, subset, depth, new HashSet<>());
        }
        return depth;
    }

    private int depthOf(Slug s, Set<Slug> subset, Map<Slug, Integer> depth, Set<Slug> visiting) {
        Integer known = depth.get(s);
        if (known != null) {
            return known;
        }
        if (!visiting.add(s)) {
            return 0;
        }
        int d = 0;
        for (Slug p : kb.graph().prerequisitesOf(s)) {
            if (subset.contains(p)) {
                d = Math.max(d, depthOf(p, subset, depth, visiting) + 1);
            }
        }
        visiting.remove(s);
        depth.put(s, d);
        return d;
    }

    private static List<GraphPicture.Node> nodesInOrder(List<Slug> slugs, Map<Slug, GraphPicture.Node> placed) {
        return slugs.stream().filter(placed::containsKey).map(placed::get)
                .sorted(Comparator.comparing(GraphPicture.Node::slug)).toList();
    }

    private List<GraphPicture.Edge> edges(Set<Slug> subset, Map<Slug, GraphPicture.Node> placed) {
        List<GraphPicture.Edge> edges = new ArrayList<>();
        for (Slug to : subset.stream().sorted().toList()) {
            for (Slug from : kb.graph().prerequisitesOf(to)) {
                if (placed.containsKey(from) && placed.containsKey(to)) {
                    edges.add(new GraphPicture.Edge(from.value(), to.value()));
                }
            }
        }
        return edges;
    }
}
