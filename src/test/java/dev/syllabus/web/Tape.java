package dev.syllabus.web;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first and last bytes of what a connection sent for one answer, so that a test failing on a misread answer
 * can show the raw answer before it: a misread is caused by the previous exchange, not by the one that notices it.
 */
final class Tape extends FilterInputStream {
    private static final int HEAD = 1_500;
    private static final int TAIL = 500;

    private ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final byte[] tail = new byte[TAIL];
    private long count;

    Tape(InputStream in) {
        super(in);
    }

    /** Forgets what was recorded: the next bytes belong to a new answer. */
    void rewind() {
        head = new ByteArrayOutputStream();
        count = 0;
    }

    /** What was read since {@link #rewind()}: its length, its start and its end, with CR and LF made visible. */
    String recorded() {
        StringBuilder s = new StringBuilder().append('[').append(count).append(" bytes] ").append(visible(head.toByteArray()));
        if (count > HEAD) {
            int kept = (int) Math.min(TAIL, count - HEAD);
            byte[] end = new byte[kept];
            for (int i = 0; i < kept; i++) {
                end[i] = tail[(int) ((count - kept + i) % TAIL)];
            }
            s.append(count - HEAD > TAIL ? " ... " : "").append(visible(end));
        }
        return s.toString();
    }

    private static String visible(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n");
    }

    private void keep(int b) {
        if (count < HEAD) {
            head.write(b);
        } else {
            tail[(int) (count % TAIL)] = (byte) b;
        }
        count++;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            keep(b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        for (int i = 0; i < n; i++) {
            keep(b[off + i]);
        }
        return n;
    }
}
