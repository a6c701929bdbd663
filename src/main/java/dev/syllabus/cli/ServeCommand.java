package dev.syllabus.cli;

import dev.syllabus.progress.Database;
import dev.syllabus.progress.Dialect;
import dev.syllabus.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code syllabus serve}: the wiki and its JSON API, until interrupted, with the learner's progress kept in the same
 * database as the CLI's ({@code --database}, {@code $SYLLABUS_DATABASE}, else the XDG file) unless {@code --no-progress}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Serve the knowledge base as a wiki with a JSON API under /api/v1.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", paramLabel = "N", description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on; 0.0.0.0 makes the wiki reachable from other machines. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--content", paramLabel = "DIR",
            description = "Content directory (holding concepts/, papers/, resources/ ...). Default: the bundled knowledge base.")
    Path content;

    @Option(names = "--watch", description = "Reload when a file under --content changes; invalid changes are reported and not served.")
    boolean watch;

    @picocli.CommandLine.Mixin
    DatabaseOption database;

    @Option(names = "--no-progress", description = "Serve without a progress database: the pages show no progress buttons.")
    boolean noProgress;

    @Option(names = "--accounts", description = "Require a login to keep progress (team mode), as a PostgreSQL "
            + "--database always does; accounts come from 'syllabus accounts add'.")
    boolean accounts;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageError("--port " + port + " is not a port: use a number from 1 to 65535, or 0 for any free port");
        }
        ListenAddress.check(host);
        if (content != null && !Files.isDirectory(content)) {
            throw new UsageError("--content " + content + ": no such directory; point it at the folder that holds "
                    + "concepts/, papers/, resources/, creators/, paths/ and guides/");
        }
        if (watch && content == null) {
            throw new UsageError("--watch needs --content DIR: the bundled knowledge base cannot change while it runs");
        }
        // A shared database means several learners: PostgreSQL is the team set-up, so it always asks for a login.
        boolean team = accounts || (!noProgress && database.address().dialect() == Dialect.POSTGRESQL);
        if (team && noProgress) {
            throw new UsageError("--accounts keeps each account's progress: it cannot go with --no-progress");
        }
        // Opened before the server starts, so a database that is locked, read-only or too new stops it with its name.
        Optional<Database> progress = noProgress ? Optional.empty() : Optional.of(database.open());
        WebServer server;
        try {
            server = WebServer.start(new WebServer.Options(host, port, Optional.ofNullable(content), watch,
                    Clock.systemUTC(), progress, team));
        } catch (RuntimeException e) {
            progress.ifPresent(Database::close);
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        String shown = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine().getOut().println("Syllabus is serving at http://" + shown + ":" + server.port() + "/ (Ctrl+C to stop)"
                + (team ? "; progress needs a login (accounts: 'syllabus accounts add NAME --database ...')" : ""));
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
