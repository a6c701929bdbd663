package dev.syllabus.web;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Slug;

import java.util.List;

/**
 * A laid-out prerequisite graph: positioned nodes with their label lines, and edges as orthogonal polylines by slug.
 * It serialises as the API's graph and draws itself as an SVG in which every node is a link to its concept's page,
 * coloured by curriculum area; the SVG scales to its container, and the page script adds zoom, pan and highlighting.
 */
public record GraphPicture(int width, int height, List<Node> nodes, List<Edge> edges) {
    /** Colours of the areas, in {@link Area} order: distinguishable on light and dark backgrounds. */
    private static final String[] AREA_COLOURS = {"#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9",
        "#8c6d1f", "#b2182b", "#5e3c99", "#1b7837", "#737373"};

    public GraphPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A concept's box; {@code lines} is its label as drawn, {@code context} marks a node outside a filtered area. */
    public record Node(String slug, String title, String area, int x, int y, int width, int height, List<String> lines,
                       boolean context) {
        public Node {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A prerequisite edge, from the prerequisite to the concept that needs it, through {@code points}; {@code strength}
     * is {@code hard} or {@code soft} (background), drawn dashed.
     */
    public record Edge(String from, String to, String strength, List<Point> points) {
        public Edge {
            points = List.copyOf(points);
        }
    }

    /** A point of an edge's route. */
    public record Point(int x, int y) {
    }

    /** The colour that marks an area. */
    public static String colour(Area a) {
        return AREA_COLOURS[a.ordinal() % AREA_COLOURS.length];
    }

    /**
     * The picture as inline SVG; {@code current} (may be null) is drawn highlighted, {@code id} names the picture for
     * its arrowhead and its zoom controls (unique on a page).
     */
    public String svg(String current, String label, String id) {
        StringBuilder out = new StringBuilder(4096 + nodes.size() * 420 + edges.size() * 120);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" id=\"").append(id).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" role=\"group\" aria-label=\"").append(xml(label)).append("\">");
        String arrow = id + "-arrow";
        out.append("<defs><marker id=\"").append(arrow).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
                .append("markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,1 L9,5 L0,9 z\"/></marker></defs>");
        out.append("<g class=\"edges\" aria-hidden=\"true\">");
        for (Edge e : edges) {
            out.append("<path data-from=\"").append(e.from()).append("\" data-to=\"").append(e.to()).append('"')
                    .append("soft".equals(e.strength()) ? " class=\"soft\"" : "").append(" d=\"")
                    .append(route(e.points())).append("\" marker-end=\"url(#").append(arrow).append(")\"/>");
        }
        out.append("</g><g class=\"nodes\">");
        for (Node n : nodes) {
            drawNode(out, n, n.slug().equals(current));
        }
        return out.append("</g></svg>").toString();
    }

    /** The route as a path with small rounded corners at its bends. */
    private static String route(List<Point> p) {
        StringBuilder d = new StringBuilder().append('M').append(p.get(0).x()).append(',').append(p.get(0).y());
        for (int i = 1; i < p.size(); i++) {
            Point b = p.get(i);
            if (i < p.size() - 1) {
                Point a = p.get(i - 1);
                Point c = p.get(i + 1);
                int r = Math.min(5, Math.min(len(a, b), len(b, c)) / 2);
                d.append(" L").append(b.x() - r * sign(b.x() - a.x())).append(',').append(b.y() - r * sign(b.y() - a.y()))
                        .append(" Q").append(b.x()).append(',').append(b.y()).append(' ')
                        .append(b.x() + r * sign(c.x() - b.x())).append(',').append(b.y() + r * sign(c.y() - b.y()));
            } else {
                d.append(" L").append(b.x()).append(',').append(b.y());
            }
        }
        return d.toString();
    }

    private static int len(Point a, Point b) {
        return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
    }

    private static int sign(int v) {
        return Integer.signum(v);
    }

    private static void drawNode(StringBuilder out, Node n, boolean current) {
        Area area = Area.fromId(n.area()).orElse(Area.FOUNDATIONS);
        out.append("<a href=\"").append(Href.concept(Slug.of(n.slug()))).append("\" class=\"node")
                .append(current ? " current" : "").append(n.context() ? " context" : "").append("\" data-slug=\"")
                .append(n.slug()).append("\" data-area=\"").append(n.area()).append("\"><title>").append(xml(n.title()))
                .append(" (").append(xml(area.label())).append(")</title><rect x=\"").append(n.x()).append("\" y=\"")
                .append(n.y()).append("\" width=\"").append(n.width()).append("\" height=\"").append(n.height())
                .append("\" rx=\"5\"/><rect class=\"area-bar\" x=\"").append(n.x()).append("\" y=\"").append(n.y() + 1)
                .append("\" width=\"5\" height=\"").append(n.height() - 2).append("\" rx=\"2\" fill=\"").append(colour(area))
                .append("\"/><text x=\"").append(n.x() + n.width() / 2 + 2).append("\" y=\"").append(n.y() + GraphLayout.PAD_Y + 11)
                .append("\" text-anchor=\"middle\">");
        for (int i = 0; i < n.lines().size(); i++) {
            out.append("<tspan x=\"").append(n.x() + n.width() / 2 + 2).append("\" dy=\"").append(i == 0 ? 0 : GraphLayout.LINE_H)
                    .append("\">").append(xml(n.lines().get(i))).append("</tspan>");
        }
        out.append("</text></a>");
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
