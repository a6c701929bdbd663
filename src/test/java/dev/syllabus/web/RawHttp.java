package dev.syllabus.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client over a plain socket that sends the request target exactly as given (bad escapes, raw bytes, odd
 * methods), which java.net.http refuses to do, and keeps the connection alive between requests.
 */
final class RawHttp implements AutoCloseable {
    /** One response: status, headers by lower-case name, and the body bytes (none for HEAD, 204 and 304). */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final int port;
    private Socket socket;
    private Tape in;
    private OutputStream out;

    /** The exchange before the current one, which a misread answer usually comes from, with its raw answer. */
    private String last = "nothing";
    /**
     * The last exchanges on this connection, oldest first and that one included: when the server answers once too
     * often, every later answer is read one request late, and only the earliest of them shows where the extra came from.
     */
    private final java.util.Deque<String> earlier = new java.util.ArrayDeque<>();

    RawHttp(int port) {
        this.port = port;
    }

    Response get(String target) {
        return send("GET", target, Map.of());
    }

    Response send(String method, String target, Map<String, String> headers) {
        try {
            return exchange(method, target, headers);
        } catch (IOException e) {
            // The server may close a kept-alive connection between requests; one fresh attempt tells that apart.
            close();
            try {
                return exchange(method, target, headers);
            } catch (IOException again) {
                close();
                throw new UncheckedIOException(method + " " + abbreviate(target) + " got no answer", again);
            }
        }
    }

    private Response exchange(String method, String target, Map<String, String> headers) throws IOException {
        if (socket == null) {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(30_000);
            in = new Tape(new BufferedInputStream(socket.getInputStream()));
            out = socket.getOutputStream();
        } else if (in.available() > 0) {
            // Nothing was asked since the last answer was read whole: these bytes are the last answer's, past its framing.
            throw new IllegalStateException("the server sent " + in.available() + " bytes more than its answer said, after "
                    + last + "; the bytes: " + extra() + "; the exchanges on this connection up to it: " + earlier);
        }
        in.rewind();
        StringBuilder request = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (!method.equals("GET") && !method.equals("HEAD")) {
            request.append("Content-Length: 0\r\n");
        }
        request.append("\r\n");
        out.write(request.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        Response response = read(method.equals("HEAD"));
        if (earlier.size() == 8) {
            earlier.removeFirst();
        }
        earlier.addLast(method + " " + abbreviate(target) + " " + headers + " -> " + response.status() + " "
                + response.header("Content-Length"));
        last = method + " " + abbreviate(target) + " " + headers + " -> " + response.status() + " with "
                + response.body().length + " body bytes, read from " + in.recorded();
        if (closes(response)) {
            close();
        }
        return response;
    }

    /** Connection is a list of options (RFC 9110, section 7.6.1): "close" among them ends the connection. */
    private static boolean closes(Response response) {
        List<String> values = response.headers().getOrDefault("connection", List.of());
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                .anyMatch("close"::equalsIgnoreCase);
    }

    /** What is waiting on the connection, without waiting for more. */
    private String extra() throws IOException {
        in.rewind();
        in.readNBytes(in.available());
        return in.recorded();
    }

    /** The final answer: interim 1xx answers (RFC 9110, section 15.2) come before it and are skipped. */
    private Response read(boolean head) throws IOException {
        Response response = readOne(head);
        while (response.status() >= 100 && response.status() < 200 && response.status() != 101) {
            response = readOne(head);
        }
        return response;
    }

    private Response readOne(boolean head) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("the connection closed before a response");
        }
        String[] parts = statusLine.split(" ", 3);
        if (!parts[0].startsWith("HTTP/1.") || parts.length < 2 || !parts[1].matches("\\d{3}")) {
            throw new IllegalStateException("not a status line: '" + abbreviate(statusLine) + "' after " + last
                    + "; the exchanges on this connection up to it: " + earlier
                    + "; this answer so far: " + in.recorded());
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("not a header line: '" + abbreviate(line) + "' after " + last);
            }
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        byte[] body;
        List<String> length = headers.get("content-length");
        List<String> encoding = headers.get("transfer-encoding");
        if (length != null && length.stream().distinct().count() > 1) {
            throw new IllegalStateException("two different Content-Length values " + length + " after " + last);
        }
        if (head || status == 204 || status == 304 || (status >= 100 && status < 200)) {
            body = new byte[0];
        } else if (encoding != null && encoding.get(0).toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunked();
        } else if (length != null) {
            int expected = Integer.parseInt(length.get(0));
            body = in.readNBytes(expected);
            if (body.length < expected) {
                throw new IllegalStateException("the connection closed " + body.length + " bytes into a body of " + expected
                        + " after " + last + "; this answer: " + in.recorded());
            }
        } else {
            body = in.readAllBytes();
            close();
        }
        return new Response(status, headers, body);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(in.readNBytes(size));
            line();
        }
        for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
            // trailers are not used by the server; read past them
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String line = line();
        return Integer.parseInt(line.split(";", 2)[0].strip(), 16);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket the server already closed tells nothing
            }
            socket = null;
            earlier.clear();
        }
    }
}
