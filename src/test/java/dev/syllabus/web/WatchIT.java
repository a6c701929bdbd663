package dev.syllabus.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** --watch: valid changes are swapped in, invalid ones are reported and never served. */
class WatchIT {
    @TempDir
    Path content;
    private WebServer server;
    private Client client;

    @BeforeEach
    void start() throws IOException {
        Path fixtures = Path.of("src/test/resources/fixtures/valid");
        try (Stream<Path> files = Files.walk(fixtures)) {
            for (Path f : files.toList()) {
                Files.copy(f, content.resolve(fixtures.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        server = Servers.over(content, true);
        client = new Client(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aValidChangeIsServedWithoutARestart() throws IOException {
        edit("concepts/self-attention.md", "title: Self-attention", "title: Self-attention, revised");
        awaitPage("/concepts/self-attention", body -> body.contains("Self-attention, revised"));
        assertThat(client.get("/health").body()).contains("\"status\" : \"ok\"", "\"accepted\" : true");
    }

    @Test
    void anInvalidChangeKeepsTheRunningContentAndShowsItsErrorsOnHealth() throws IOException {
        edit("concepts/self-attention.md", "  - attention-mechanism", "  - attention-mechanismo");
        awaitPage("/health", body -> body.contains("degraded"));
        String health = client.get("/health").body();
        assertThat(health).contains("concepts/self-attention.md", "attention-mechanismo", "\"accepted\" : false");
        assertThat(client.get("/concepts/self-attention").body()).contains("href=\"/concepts/attention-mechanism\"");
    }

    @Test
    void aNewFileBecomesANewPage() throws IOException {
        Files.writeString(content.resolve("concepts/softmax.md"), """
                ---
                title: Softmax
                area: foundations
                summary: Turns scores into probabilities.
                prerequisites: [neural-networks]
                ---
                Used by [[attention-mechanism]].
                """);
        awaitPage("/concepts/softmax", body -> body.contains("Turns scores into probabilities."));
    }

    @Test
    void aDeeplyNestedFileIsReportedOnHealthAndTheWatcherKeepsWatching() throws IOException {
        String concept = "concepts/self-attention.md";
        String before = Files.readString(content.resolve(concept));
        Files.writeString(content.resolve(concept), before + "\n" + ">".repeat(2000) + " nested\n");
        awaitPage("/health", body -> body.contains("degraded"));
        assertThat(client.get("/health").body()).contains(concept, "too-deep", "\"accepted\" : false");

        Files.writeString(content.resolve(concept), before.replace("title: Self-attention", "title: Self-attention, flattened"));
        awaitPage("/concepts/self-attention", body -> body.contains("Self-attention, flattened"));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** Polls until the watcher has reloaded; file events are asynchronous, so there is no moment to wait for. */
    private void awaitPage(String path, Predicate<String> ready) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var response = client.get(path);
            if (ready.test(response.body())) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted"));
            }
        }
        throw new AssertionError(path + " did not change within 20 s; last body: " + client.get(path).body());
    }
}
