package dev.syllabus.lab;

/**
 * The isoFLOP picture: for the budget C, the loss each fit predicts as the model size N varies (with D = C/6N), on a
 * logarithmic N axis, each fit's optimum marked, the learner's N and the 20-tokens rule's N as vertical lines.
 */
public final class ScalingPlot {
    private static final double W = 640;
    private static final double H = 360;
    private static final double LEFT = 60;
    private static final double RIGHT = 20;
    private static final double TOP = 20;
    private static final double BOTTOM = 50;
    private static final int POINTS = 120;

    private ScalingPlot() {
    }

    public static String svg(ScalingResult r) {
        double c = r.compute();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (ScalingResult.FitAnswer f : r.fits()) {
            lo = Math.min(lo, f.optimum().params());
            hi = Math.max(hi, f.optimum().params());
        }
        lo = Math.min(lo, r.params());
        hi = Math.max(hi, r.params());
        double x0 = Math.log10(lo) - 1;
        double x1 = Math.log10(hi) + 1;
        double[][] losses = new double[r.fits().size()][POINTS];
        double yMin = Double.MAX_VALUE;
        for (int i = 0; i < r.fits().size(); i++) {
            for (int p = 0; p < POINTS; p++) {
                double n = Math.pow(10, x0 + (x1 - x0) * p / (POINTS - 1));
                losses[i][p] = r.fits().get(i).fit().loss(n, c / (6 * n));
            }
            yMin = Math.min(yMin, r.fits().get(i).optimalLoss());
        }
        double yMax = yMin + 0.5;
        for (double[] row : losses) {
            for (double v : row) {
                yMax = Math.max(yMax, Math.min(v, yMin + 2));
            }
        }
        yMin = Math.floor(yMin * 10) / 10 - 0.05;
        Frame f = new Frame(x0, x1, yMin, yMax);
        Svg svg = new Svg(W, H, "Loss against model size at a fixed budget of " + Numbers.plain(c) + " FLOP, for each fit");
        axes(svg, f);
        String[] classes = {"lab-line-a", "lab-line-b"};
        double[] xs = new double[POINTS];
        double[] ys = new double[POINTS];
        for (int i = 0; i < r.fits().size(); i++) {
            for (int p = 0; p < POINTS; p++) {
                xs[p] = f.x(x0 + (x1 - x0) * p / (POINTS - 1));
                ys[p] = f.y(Math.min(losses[i][p], yMax));
            }
            svg.polyline(xs, ys, classes[i % 2]);
            ScalingResult.FitAnswer a = r.fits().get(i);
            svg.circle(f.x(Math.log10(a.optimum().params())), f.y(a.optimalLoss()), 5, classes[i % 2] + " lab-dot",
                    a.fit().name() + ": optimum N = " + Numbers.plain(a.optimum().params()) + ", loss " + Numbers.fixed4(a.optimalLoss()));
            svg.text(W - RIGHT - 4, TOP + 16 + 16 * i, "end", classes[i % 2] + "-text", a.fit().name());
        }
        marker(svg, f, r.params(), "lab-mark", "your N");
        marker(svg, f, r.twentyTokens().params(), "lab-mark-rule", "20 tokens/param");
        return svg.done();
    }

    private static void marker(Svg svg, Frame f, double n, String cssClass, String label) {
        double x = f.x(Math.log10(n));
        svg.line(x, TOP, x, H - BOTTOM, cssClass);
        svg.text(x + 3, H - BOTTOM - 6 - (cssClass.endsWith("rule") ? 14 : 0), "start", "lab-small", label);
    }

    private static void axes(Svg svg, Frame f) {
        svg.line(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM, "lab-axis").line(LEFT, TOP, LEFT, H - BOTTOM, "lab-axis");
        for (int e = (int) Math.ceil(f.x0); e <= Math.floor(f.x1); e++) {
            svg.line(f.x(e), H - BOTTOM, f.x(e), H - BOTTOM + 4, "lab-axis").text(f.x(e), H - BOTTOM + 18, "middle", "lab-small", "1e" + e);
        }
        double step = f.y1 - f.y0 > 1 ? 0.5 : 0.1;
        for (double v = Math.ceil(f.y0 / step) * step; v <= f.y1; v += step) {
            svg.line(LEFT - 4, f.y(v), LEFT, f.y(v), "lab-axis").text(LEFT - 6, f.y(v) + 4, "end", "lab-small",
                    String.format(java.util.Locale.ROOT, "%.1f", v));
        }
        svg.text((LEFT + W - RIGHT) / 2, H - 10, "middle", "lab-small", "parameters N (log scale), tokens D = C / 6N");
        svg.text(14, TOP + 10, "start", "lab-small", "loss");
    }

    /** Maps log10 N and loss into the plot's box. */
    private record Frame(double x0, double x1, double y0, double y1) {
        double x(double logN) {
            return LEFT + (logN - x0) / (x1 - x0) * (W - LEFT - RIGHT);
        }

        double y(double loss) {
            return H - BOTTOM - (loss - y0) / (y1 - y0) * (H - TOP - BOTTOM);
        }
    }
}
