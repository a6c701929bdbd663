package dev.syllabus.web;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected failure becomes a 500 that says nothing of the server's insides. */
class FailuresIT {
    private static Javalin app;
    private static Client client;

    @BeforeAll
    static void start() {
        LiveSite live = new LiveSite(new SiteLoader(Optional.of(Path.of("src/test/resources/fixtures/valid")),
                Clock.systemUTC()).load());
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/broken", ctx -> {
                throw new IllegalStateException("secret internals at dev.syllabus.Secret.method");
            });
            c.routes.get("/api/v1/broken", ctx -> {
                throw new IllegalStateException("secret internals");
            });
            new Failures(live).register(c.routes);
        }).start("127.0.0.1", 0);
        client = new Client(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void aFailingPageIsAnErrorPageWithoutTheStackTrace() {
        var page = client.get("/broken");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(Client.type(page)).startsWith("text/html");
        assertThat(page.body()).contains("Something went wrong").doesNotContain("secret", "Exception", "at dev.");
    }

    @Test
    void aFailingApiRouteIsAJsonErrorWithoutTheStackTrace() {
        var response = client.get("/api/v1/broken");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(Client.type(response)).startsWith("application/json");
        assertThat(response.body()).contains("\"error\" : \"internal-error\"").doesNotContain("secret", "Exception");
    }
}
