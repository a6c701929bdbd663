package dev.syllabus.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Starts servers for tests on a free port, over the bundled content or a given tree. */
final class Servers {
    private Servers() {
    }

    static WebServer bundled() {
        return over(Path.of("content"), false);
    }

    static WebServer over(Path content, boolean watch) {
        return WebServer.start(new WebServer.Options("127.0.0.1", 0, Optional.of(content), watch, Clock.systemUTC()));
    }
}
