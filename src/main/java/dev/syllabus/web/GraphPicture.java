package dev.syllabus.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A laid-out prerequisite graph: bands for areas, positioned nodes and edges by slug. It serialises as the API's graph
 * and draws itself as an SVG in which every node is a link to its concept's page.
 */
public record GraphPicture(int width, int height, List<Band> bands, List<Node> nodes, List<Edge> edges) {
    /** The id of the arrowhead marker; a page shows at most one graph. */
    static final String ARROW = "prerequisite-arrow";

    /** A horizontal band holding one curriculum area. */
    public record Band(String label, String area, int y, int height) {
    }

    /** A concept's box. */
    public record Node(String slug, String title, String area, int x, int y, int width, int height) {
    }

    /** A prerequisite edge, from the prerequisite to the concept that needs it. */
    public record Edge(String from, String to) {
    }

    /** The picture as inline SVG; {@code current} (may be null) is drawn highlighted. */
    public String svg(String current, String label) {
        StringBuilder out = new StringBuilder(8192 + nodes.size() * 400);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"group\" aria-label=\"").append(xml(label)).append("\">");
        for (Band b : bands) {
            out.append("<g class=\"band\"><rect x=\"0\" y=\"").append(b.y()).append("\" width=\"").append(width)
                    .append("\" height=\"").append(b.height()).append("\" rx=\"6\"/><text x=\"").append(GraphLayout.MARGIN)
                    .append("\" y=\"").append(b.y() + 17).append("\">").append(xml(b.label())).append("</text></g>");
        }
        drawEdges(out);
        for (Node n : nodes) {
            drawNode(out, n, n.slug().equals(current));
        }
        return out.append("</svg>").toString();
    }

    private void drawEdges(StringBuilder out) {
        Map<String, Node> bySlug = new HashMap<>();
        nodes.forEach(n -> bySlug.put(n.slug(), n));
        // The arrowhead points at the concept that needs the prerequisite; orient="auto" turns it along each curve's end.
        out.append("<defs><marker id=\"").append(ARROW).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
                .append("markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,1 L9,5 L0,9 z\"/></marker></defs>");
        out.append("<g class=\"edges\" aria-hidden=\"true\">");
        for (Edge e : edges) {
            Node a = bySlug.get(e.from());
            Node b = bySlug.get(e.to());
            out.append("<path d=\"").append(a.area().equals(b.area()) ? across(a, b) : down(a, b))
                    .append("\" marker-end=\"url(#").append(ARROW).append(")\"/>");
        }
        out.append("</g>");
    }

    /** Inside a band: from the right side of the prerequisite to the left side of the concept that needs it. */
    private static String across(Node a, Node b) {
        int x1 = a.x() + a.width();
        int y1 = a.y() + a.height() / 2;
        int x2 = b.x();
        int y2 = b.y() + b.height() / 2;
        int bend = Math.max(24, Math.abs(x2 - x1) / 2);
        return "M" + x1 + "," + y1 + " C" + (x1 + bend) + "," + y1 + " " + (x2 - bend) + "," + y2 + " " + x2 + "," + y2;
    }

    /** Between bands: from the edge of the prerequisite's box facing the other band to the facing edge of the other. */
    private static String down(Node a, Node b) {
        boolean above = a.y() < b.y();
        int x1 = a.x() + a.width() / 2;
        int y1 = above ? a.y() + a.height() : a.y();
        int x2 = b.x() + b.width() / 2;
        int y2 = above ? b.y() : b.y() + b.height();
        int bend = Math.max(20, Math.abs(y2 - y1) / 3) * (above ? 1 : -1);
        return "M" + x1 + "," + y1 + " C" + x1 + "," + (y1 + bend) + " " + x2 + "," + (y2 - bend) + " " + x2 + "," + y2;
    }

    private static void drawNode(StringBuilder out, Node n, boolean current) {
        out.append("<a href=\"").append(Href.concept(dev.syllabus.kb.Slug.of(n.slug()))).append("\" class=\"node")
                .append(current ? " current" : "").append("\" data-slug=\"").append(n.slug()).append("\"><title>")
                .append(xml(n.title())).append("</title><rect x=\"").append(n.x()).append("\" y=\"").append(n.y())
                .append("\" width=\"").append(n.width()).append("\" height=\"").append(n.height())
                .append("\" rx=\"5\"/><text x=\"").append(n.x() + n.width() / 2).append("\" y=\"")
                .append(n.y() + n.height() / 2 + 4).append("\" text-anchor=\"middle\">").append(xml(shorten(n.title())))
                .append("</text></a>");
    }

    /** Long titles are cut to fit the box; the full title is the node's tooltip and accessible name. */
    private static String shorten(String title) {
        return title.length() <= 24 ? title : title.substring(0, 22).strip() + "…";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
