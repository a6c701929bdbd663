package dev.syllabus.web;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Health, readiness, start-up failures and shutdown. */
class OperationsIT {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/valid");

    @Test
    void healthReportsTheLoadedContent() {
        try (WebServer server = Servers.over(FIXTURES, false)) {
            var health = new Client(server.port()).get("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(Client.type(health)).startsWith("application/json");
            assertThat(health.body()).contains("\"status\" : \"ok\"", "\"entities\" : 9");
        }
    }

    @Test
    void readyAnswers200WhileServing() {
        try (WebServer server = Servers.over(FIXTURES, false)) {
            var ready = new Client(server.port()).get("/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("true");
        }
    }

    @Test
    void aTakenPortGivesAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var options = new WebServer.Options("127.0.0.1", taken.getLocalPort(), Optional.of(FIXTURES), false, Clock.systemUTC());
            assertThatThrownBy(() -> WebServer.start(options)).isInstanceOf(WebServer.StartFailure.class)
                    .hasMessageContaining("port " + taken.getLocalPort()).hasMessageContaining("already in use")
                    .hasMessageContaining("--port");
        }
    }

    @Test
    void invalidContentIsRefusedAtStartWithItsFirstError() {
        Path broken = Path.of("src/test/resources/fixtures/web-broken");
        assertThatThrownBy(() -> Servers.over(broken, false)).isInstanceOf(WebServer.StartFailure.class)
                .hasMessageContaining("not valid").hasMessageContaining("syllabus validate");
    }

    @Test
    void closingStopsTheServer() {
        WebServer server = Servers.over(FIXTURES, false);
        Client client = new Client(server.port());
        assertThat(client.get("/ready").statusCode()).isEqualTo(200);
        server.close();
        assertThatThrownBy(() -> client.get("/ready")).isInstanceOf(java.io.UncheckedIOException.class);
    }
}
