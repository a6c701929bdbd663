package dev.syllabus.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the fuzzing client frames answers, against a scripted server: a misread answer must fail where it was sent, not
 * requests later, and interim answers or a listed close must not shift every answer after them by one.
 */
class RawHttpTest {
    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    private final List<Integer> connections = new CopyOnWriteArrayList<>();
    private ServerSocket listener;

    /** Answers each request read with the next of {@code answers}, byte for byte, on whichever connection it came. */
    private int serve(String... answers) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        List<String> left = new ArrayList<>(List.of(answers));
        Thread script = new Thread(() -> {
            try {
                while (!left.isEmpty()) {
                    Socket s = listener.accept();
                    connections.add(s.getPort());
                    InputStream in = s.getInputStream();
                    while (!left.isEmpty() && readRequest(in)) {
                        s.getOutputStream().write(left.remove(0).getBytes(StandardCharsets.ISO_8859_1));
                    }
                    // The script is done with this connection once the client hangs up or nothing is left to say.
                    s.close();
                }
            } catch (IOException e) {
                // the test closed the listener
            }
        });
        script.setDaemon(true);
        script.start();
        return listener.getLocalPort();
    }

    /** Reads up to the blank line that ends a request without a body; false when the client hung up. */
    private static boolean readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            seen.write(b);
            if (seen.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                return true;
            }
        }
        return false;
    }

    @AfterEach
    void stop() throws IOException {
        if (listener != null) {
            listener.close();
        }
    }

    @Test
    void anInterimAnswerIsSkippedSoTheNextRequestGetsItsOwnAnswer() throws IOException {
        try (RawHttp http = new RawHttp(serve("HTTP/1.1 100 Continue\r\n\r\n" + OK,
                "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nnope"))) {
            assertThat(http.get("/a").status()).isEqualTo(200);
            assertThat(http.get("/b").status()).isEqualTo(404);
        }
    }

    @Test
    void closeAmongOtherConnectionOptionsEndsTheConnection() throws IOException {
        try (RawHttp http = new RawHttp(serve("HTTP/1.1 200 OK\r\nConnection: keep-alive, close\r\nContent-Length: 2\r\n\r\nok",
                OK))) {
            http.get("/a");
            assertThat(http.get("/b").text()).isEqualTo("ok");
        }
        assertThat(connections).as("the second request on a connection of its own").hasSize(2);
    }

    @Test
    void anAnswerLongerThanItsContentLengthFailsAtTheNextRequestNamingIt() throws IOException {
        try (RawHttp http = new RawHttp(serve("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok</html>", OK))) {
            http.get("/long");
            assertThatThrownBy(() -> http.get("/next")).hasMessageContaining("7 bytes more than its answer said")
                    .hasMessageContaining("the exchanges on this connection up to it: [GET /long {} -> 200 2]")
                    .hasMessageContaining("GET /long").hasMessageContaining("</html>");
        }
    }

    @Test
    void aBodySentForHeadFailsAtTheNextRequestNamingTheHead() throws IOException {
        try (RawHttp http = new RawHttp(serve("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", OK))) {
            http.send("HEAD", "/page", Map.of());
            assertThatThrownBy(() -> http.get("/next")).hasMessageContaining("2 bytes more than its answer said")
                    .hasMessageContaining("HEAD /page");
        }
    }

    @Test
    void aBodyCutShortByTheServerIsAFailureNotAShortAnswer() throws IOException {
        try (RawHttp http = new RawHttp(serve("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nok"))) {
            assertThatThrownBy(() -> http.get("/cut")).hasMessageContaining("closed 2 bytes into a body of 10");
        }
    }
}
