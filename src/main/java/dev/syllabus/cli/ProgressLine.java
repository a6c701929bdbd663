package dev.syllabus.cli;

import dev.syllabus.links.Outcome;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A one-line progress bar on standard error, redrawn at most ten times a second, for a terminal only: piped or
 * redirected output gets none. A bar of our own: the only thing needed is a carriage return, not a terminal library.
 */
final class ProgressLine implements Consumer<Outcome> {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger problems = new AtomicInteger();
    private volatile long lastDrawn;

    ProgressLine(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A bar when standard output is a terminal, else one that draws nothing. */
    static Consumer<Outcome> forTerminal(boolean wanted, int total) {
        return wanted && System.console() != null && total > 0 ? new ProgressLine(System.err, total) : o -> { };
    }

    @Override
    public void accept(Outcome o) {
        int n = done.incrementAndGet();
        if (o.verdict().isProblem()) {
            problems.incrementAndGet();
        }
        long now = System.nanoTime();
        if (n == total || now - lastDrawn > 100_000_000L) {
            lastDrawn = now;
            draw(n);
        }
    }

    private synchronized void draw(int n) {
        int filled = (int) ((long) WIDTH * n / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + n + "/" + total + " checked, "
                + problems.get() + " broken or malformed");
        if (n == total) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        }
        err.flush();
    }
}
