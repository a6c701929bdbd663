package dev.syllabus.lab;

import java.util.Locale;

/**
 * A small SVG writer for the labs' pictures: elements appended in order, every text escaped, coordinates with one
 * decimal, colours named by CSS classes so the wiki's stylesheet (light or dark) decides them.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    Svg(double width, double height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lab-svg\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">");
        out.append("<title>").append(escape(label)).append("</title>");
    }

    Svg path(String d, String colour) {
        out.append("<path fill=\"").append(colour).append("\" d=\"").append(d).append("\"/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String cssClass) {
        out.append("<polyline class=\"").append(cssClass).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("\"/>");
        return this;
    }

    Svg circle(double x, double y, double r, String cssClass, String title) {
        out.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" class=\"").append(cssClass).append("\"><title>").append(escape(title)).append("</title></circle>");
        return this;
    }

    Svg text(double x, double y, String anchor, String cssClass, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" class=\"").append(cssClass).append("\">").append(escape(text)).append("</text>");
        return this;
    }

    String done() {
        return out.append("</svg>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }
}
