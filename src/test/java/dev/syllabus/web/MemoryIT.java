package dev.syllabus.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server as its own process with a 256 MiB heap, after a thousand distinct large searches (each a different
 * answer to remember): it still answers /ready and pages, and SIGTERM stops it. Started with plain {@code java},
 * without the launcher's -XX:+ExitOnOutOfMemoryError, so the server's own bounds are what is tested.
 */
class MemoryIT {
    // About 110 KB kept per answer against a 32 MiB budget at -Xmx256m: a thousand fill it three times over.
    private static final int QUERIES = 1000;
    private static final String WORDS = "attention transformer rotary position embedding tokenizer softmax gradient "
            + "layer norm residual dropout optimizer preference alignment reward model decoding beam sampling ";
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process server;

    @AfterEach
    void stop() {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
    }

    @Test
    void aCacheFillingRunUnderA256MiBHeapLeavesTheServerAnsweringAndStoppable() throws Exception {
        int port = freePort();
        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", classpath(), "dev.syllabus.cli.Main", "serve", "--port", String.valueOf(port),
                "--content", Path.of("content").toAbsolutePath().toString()).redirectErrorStream(true);
        start.environment().put("SYLLABUS_ACCESS_LOG", "OFF");
        server = start.start();
        CountDownLatch serving = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(serving), "server-output");
        reader.setDaemon(true);
        reader.start();
        assertThat(serving.await(180, TimeUnit.SECONDS)).as("the server started: " + output).isTrue();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port;
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < QUERIES; i++) {
            // Half are about as long as the server accepts (each a different page of ~100 KB), half four times longer.
            int length = i % 2 == 0 ? 2_000 : 7_700;
            String target = base + "/search?q=" + (i + " " + text(length)).replace(' ', '+').substring(0, length - 2);
            clients.submit(() -> {
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60))
                            .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());
                    statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                } catch (IOException | InterruptedException e) {
                    failures.add(e.toString());
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(15, TimeUnit.MINUTES)).as("the run finished").isTrue();

        assertThat(failures).as("requests without an answer").isEmpty();
        assertThat(statuses.keySet()).as("statuses " + statuses).allMatch(s -> s < 500);
        assertThat(statuses.get(200)).as("the longest accepted searches were answered").hasValueGreaterThan(QUERIES / 4);
        assertThat(status(http, base + "/ready")).isEqualTo(200);
        assertThat(status(http, base + "/concepts/self-attention")).isEqualTo(200);
        assertThat(status(http, base + "/search?q=attention")).isEqualTo(200);
        assertThat(server.isAlive()).as("the same process is still serving").isTrue();

        server.destroy();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("SIGTERM stopped the server").isTrue();
        assertThat(String.join("\n", output)).doesNotContain("OutOfMemoryError", "Exception");
    }

    private void read(CountDownLatch serving) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.contains(" access - ")) {
                    output.add(line);
                }
                if (line.contains("Syllabus is serving at")) {
                    serving.countDown();
                }
            }
        } catch (IOException e) {
            // Once the process has exited the JDK closes its pipe under a blocked reader: that is the end of output.
            if (server.isAlive()) {
                output.add("reading the server's output failed: " + e);
            }
        }
    }

    /** The test's own classpath; -Dmemory.classpath=some.jar runs the same test against another build. */
    private static String classpath() {
        return System.getProperty("memory.classpath", System.getProperty("java.class.path"));
    }

    private static String text(int length) {
        StringBuilder s = new StringBuilder(length + WORDS.length());
        while (s.length() < length) {
            s.append(WORDS);
        }
        return s.substring(0, length);
    }

    private static int status(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
