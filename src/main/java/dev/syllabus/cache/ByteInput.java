package dev.syllabus.cache;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what {@link java.io.DataOutputStream} wrote, from an array. A cached knowledge base is hundreds of thousands of
 * small reads at start-up, before the compiler has seen them; {@code DataInputStream} over a
 * {@code ByteArrayInputStream} takes a lock and makes several calls for each.
 */
final class ByteInput {
    private final byte[] data;
    private int position;

    ByteInput(byte[] data) {
        this.data = data;
    }

    /** Bytes not read yet. */
    int available() {
        return data.length - position;
    }

    boolean readBoolean() throws IOException {
        return data[next(1)] != 0;
    }

    int readUnsignedShort() throws IOException {
        int p = next(2);
        return (data[p] & 0xff) << 8 | data[p + 1] & 0xff;
    }

    int readInt() throws IOException {
        int p = next(4);
        return (data[p] & 0xff) << 24 | (data[p + 1] & 0xff) << 16 | (data[p + 2] & 0xff) << 8 | data[p + 3] & 0xff;
    }

    long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** The next {@code n} bytes, copied. */
    byte[] readBytes(int n) throws IOException {
        int from = next(n);
        return Arrays.copyOfRange(data, from, from + n);
    }

    /** The next {@code n} bytes as UTF-8 text. */
    String readString(int n) throws IOException {
        return new String(data, next(n), n, StandardCharsets.UTF_8);
    }

    /** Moves past {@code n} bytes and returns where they start, or fails when fewer are left. */
    private int next(int n) throws IOException {
        if (n < 0 || n > data.length - position) {
            throw new EOFException("the data ends " + (data.length - position) + " bytes after position " + position
                    + ", where " + n + " more were expected");
        }
        int from = position;
        position += n;
        return from;
    }
}
