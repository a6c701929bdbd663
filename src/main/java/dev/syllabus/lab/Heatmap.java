package dev.syllabus.lab;

import java.util.List;
import java.util.Locale;

/**
 * A matrix as an SVG heatmap: blue for negative, white for zero, red for positive, scaled to the largest magnitude.
 * Values are quantised to a few shades and runs of equal shade in a row drawn as one rectangle, so even the largest
 * table the lab allows stays a small picture.
 */
public final class Heatmap {
    private static final int SHADES = 12;
    private static final double CELL = 8;
    private static final double MARGIN = 34;

    private Heatmap() {
    }

    public static String svg(List<List<Double>> rows, String label, String xAxis, String yAxis) {
        int h = rows.size();
        int w = rows.get(0).size();
        double max = 1e-12;
        for (List<Double> row : rows) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        double cell = Math.max(3, Math.min(CELL, 512.0 / w));
        Svg svg = new Svg(MARGIN + w * cell + 4, MARGIN + h * cell + 4, label);
        java.util.Map<Integer, StringBuilder> byShade = new java.util.TreeMap<>();
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                int shade = shade(rows.get(y).get(x), max);
                int end = x + 1;
                while (end < w && shade(rows.get(y).get(end), max) == shade) {
                    end++;
                }
                byShade.computeIfAbsent(shade, s -> new StringBuilder()).append('M').append(Svg.n(MARGIN + x * cell)).append(',')
                        .append(Svg.n(MARGIN + y * cell)).append('h').append(Svg.n((end - x) * cell)).append('v').append(Svg.n(cell))
                        .append('h').append(Svg.n(-(end - x) * cell)).append('z');
                x = end;
            }
        }
        // One path per shade: a cell costs a dozen characters, so the largest table stays far below a megabyte.
        byShade.forEach((shade, d) -> svg.path(d.toString(), colour(shade)));
        svg.text(MARGIN, MARGIN - 6, "start", "lab-small", xAxis + " → (columns)");
        svg.text(MARGIN - 6, MARGIN + 10, "end", "lab-small", "0");
        svg.text(MARGIN - 6, MARGIN + h * cell, "end", "lab-small", String.valueOf(h - 1));
        svg.text(4, 12, "start", "lab-small", yAxis + " ↓ (rows)");
        return svg.done();
    }

    private static int shade(double v, double max) {
        return (int) Math.round(v / max * SHADES);
    }

    private static String colour(int shade) {
        double t = Math.abs(shade) / (double) SHADES;
        int strong = (int) Math.round(255 - t * 200);
        int weak = (int) Math.round(255 - t * 120);
        return shade >= 0 ? hex(255, strong, weak - (int) (t * 60)) : hex(strong - (int) (t * 30), weak - (int) (t * 20), 255);
    }

    private static String hex(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", clamp(r), clamp(g), clamp(b));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
