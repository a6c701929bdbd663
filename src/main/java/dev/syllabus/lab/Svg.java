package dev.syllabus.lab;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /**
     * A coordinate with one decimal, none when it is zero: what {@code String.format("%.1f")} gives, rounding the
     * shortest decimal form half up, without a formatter. A heatmap writes thousands of these, and the formatter's
     * parsing and symbols made a hundred megabytes of garbage in one export.
     */
    static String n(double v) {
        double tenths = v * 10;
        double fraction = tenths - Math.floor(tenths);
        // Away from a half, the nearest tenth is the formatter's: below 10^7 a double and its shortest decimal form
        // differ by far less than the margin. At a half, or beyond, that decimal form decides, as it does for the
        // formatter.
        if (Math.abs(v) < 1e7 && Math.abs(fraction - 0.5) > 1e-6) {
            long t = Math.round(tenths);
            long whole = Math.abs(t) / 10;
            long decimal = Math.abs(t) % 10;
            String sign = t < 0 ? "-" : "";
            return decimal == 0 ? (t == 0 ? "0" : sign + whole) : sign + whole + "." + decimal;
        }
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        String s = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
