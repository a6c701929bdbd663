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
    /** 0 until the addresses are all found: checking starts before, and the bar is drawn from then on. */
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger problems = new AtomicInteger();
    private volatile long lastDrawn;

    ProgressLine(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A bar when standard output is a terminal, else one that draws nothing; its total is given once known. */
    static ProgressLine forTerminal(boolean wanted) {
        return new ProgressLine(wanted && System.console() != null ? System.err : null, 0);
    }

    /** The number of addresses, known once they are all found; none draws no bar. */
    void total(int addresses) {
        total = addresses;
        if (err != null && addresses > 0 && done.get() > 0) {
            draw(done.get());
        }
    }

    @Override
    public void accept(Outcome o) {
        int n = done.incrementAndGet();
        if (o.verdict().isProblem()) {
            problems.incrementAndGet();
        }
        long now = System.nanoTime();
        int all = total;
        if (err == null || all == 0) {
            return;
        }
        if (n == all || now - lastDrawn > 100_000_000L) {
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
