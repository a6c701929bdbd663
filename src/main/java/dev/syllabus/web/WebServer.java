package dev.syllabus.web;

import dev.syllabus.cache.CacheDirectory;
import dev.syllabus.progress.Accounts;
import dev.syllabus.progress.Database;
import dev.syllabus.progress.Sessions;
import dev.syllabus.progress.JdbcProgressStore;
import dev.syllabus.progress.ProgressStore;
import dev.syllabus.progress.StoreFailure;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.util.JavalinBindException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The wiki and JSON API server: loads the content once, serves pre-rendered pages, optionally watches the content for
 * changes, and on {@link #close()} stops taking new work and lets requests in flight finish.
 */
public final class WebServer implements AutoCloseable {
    /**
     * How to run: where to listen, which content (empty for the bundled one), whether to reload on changes, and the
     * open progress database (empty: no progress, and no buttons), which the server closes when it stops; with
     * {@code team}, progress needs an account: learners log in, and several servers may share the database.
     */
    public record Options(String host, int port, Optional<Path> content, boolean watch, Clock clock,
                          Optional<Database> progress, boolean team) {
        /** Without progress. */
        public Options(String host, int port, Optional<Path> content, boolean watch, Clock clock) {
            this(host, port, content, watch, clock, Optional.empty());
        }

        /** The single-user server: progress, if any, is the local learner's. */
        public Options(String host, int port, Optional<Path> content, boolean watch, Clock clock,
                       Optional<Database> progress) {
            this(host, port, content, watch, clock, progress, false);
        }
    }

    /** The server could not start: the message says why and what to do. */
    public static final class StartFailure extends RuntimeException {
        StartFailure(String message) {
            super(message);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final int STOP_TIMEOUT_MILLIS = 10_000;
    private static final int THREADS = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());

    private final Javalin app;
    private final LiveSite live;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final List<String> routes = Collections.synchronizedList(new ArrayList<>());
    private final ContentWatcher watcher;
    private final Optional<Database> database;
    private final ProgressPages progress;
    private final ProgressBook book;
    private final Learners learners;
    private final Optional<LoginRoutes> login;

    private WebServer(Options options) {
        SiteLoader loader = new SiteLoader(options.content(), options.clock(), CacheDirectory.ofUser(System.getenv()));
        try {
            this.live = new LiveSite(loader.load());
        } catch (SiteLoader.Rejected e) {
            throw new StartFailure("the content is not valid, so there is nothing to serve: " + e.getMessage()
                    + "; run 'syllabus validate' to see every error");
        }
        this.database = options.progress();
        if (options.team() && database.isEmpty()) {
            throw new StartFailure("a team server needs a progress database for its accounts and sessions: give --database");
        }
        if (options.team()) {
            Sessions sessions = new Sessions(database.get(), options.clock());
            TeamLearners team = new TeamLearners(sessions);
            this.learners = team;
            this.login = Optional.of(new LoginRoutes(new Accounts(database.get(), options.clock()), sessions, team,
                    options.clock()));
        } else {
            this.learners = new SingleLearner();
            this.login = Optional.empty();
        }
        if (database.isPresent()) {
            ProgressStore store = new JdbcProgressStore(database.get());
            try {
                store.applyRenames(live.current().kb().renames());
            } catch (StoreFailure e) {
                throw new StartFailure(e.getMessage());
            }
            this.book = new ProgressBook(store, options.clock(), options.team());
            this.progress = ProgressPages.on(book, learners);
        } else {
            this.book = null;
            this.progress = ProgressPages.off();
        }
        this.app = Javalin.create(c -> configure(c, options));
        this.watcher = options.watch() ? new ContentWatcher(options.content().orElseThrow(() ->
                new StartFailure("--watch needs --content DIR: the bundled content inside the jar cannot change")), loader, live) : null;
    }

    /** Whether the bind failed because the port is taken: Jetty wraps the socket's own message a level or two down. */
    private static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("in use")) {
                return true;
            }
        }
        return false;
    }

    /** Starts a server; port 0 picks a free one (see {@link #port()}). */
    public static WebServer start(Options options) {
        FatalErrors.install();
        WebServer server = new WebServer(options);
        try {
            server.app.start();
        } catch (JavalinBindException e) {
            server.database.ifPresent(Database::close);
            String cause = e.getCause() == null ? String.valueOf(e.getMessage()) : String.valueOf(e.getCause().getMessage());
            if (!inUse(e)) {
                throw new StartFailure("cannot listen on " + options.host() + " port " + options.port() + " (" + cause
                        + "): give --host an address of this machine, such as 127.0.0.1 or 0.0.0.0");
            }
            throw new StartFailure("port " + options.port() + " on " + options.host() + " is already in use: stop the "
                    + "program using it, or choose another port with --port");
        }
        if (server.watcher != null) {
            server.watcher.start();
        }
        return server;
    }

    private void configure(JavalinConfig c, Options options) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        // Bodies are compressed once when rendered (see Rendered), never per request.
        c.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE;
        // Pages are pre-rendered, so a request is a few microseconds of CPU: a small pool avoids context switches.
        var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(THREADS, 4);
        pool.setName("http");
        c.jetty.threadPool = pool;
        c.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT_MILLIS);
            server.setErrorHandler(new RejectedRequests());
        });
        c.jetty.modifyServletContextHandler(handler -> handler.insertHandler(new GracefulHandler()));
        c.jetty.modifyHttpConfiguration(http -> {
            http.addCustomizer(new SecurityHeaders());
            // Unpooled buffers (below) are allocated per request: on the heap that is cheap, off it it is not.
            http.setUseInputDirectByteBuffers(false);
            http.setUseOutputDirectByteBuffers(false);
        });
        // Jetty 12.1's HTTP/1 connection, after a request it cannot parse, may fill its request buffer from a second
        // thread when the first has already given that buffer back to the pool (HttpConnection.onFillable racing the
        // completion of the error answer), so the bytes land in a buffer another connection is using: with that fill
        // delayed 5 ms, a valid request was answered with another connection's 431. It is the likeliest cause of the
        // extra answer RouteFuzzIT saw about once in a million requests, not a proven one. A buffer that is never
        // pooled belongs to one connection only, so such a late fill reaches nobody else.
        // Javalin adds its own connector only when none is given, so this one carries the host and port.
        c.jetty.addConnector((server, http) -> {
            var connector = new org.eclipse.jetty.server.ServerConnector(server, null, null,
                    org.eclipse.jetty.io.ByteBufferPool.NON_POOLING, -1, -1, new org.eclipse.jetty.server.HttpConnectionFactory(http));
            connector.setHost(options.host());
            connector.setPort(options.port());
            return connector;
        });
        // Another method on a known path is a 405 naming the methods it takes (see Failures), not a 404.
        c.http.prefer405over404 = true;
        c.router.javaLangErrorHandler(FatalErrors::answer);
        c.requestLogger.http(new RequestLog()::log);
        c.events.handlerAdded(info -> {
            if (info.getHttpMethod().equals(io.javalin.http.HandlerType.GET)) {
                routes.add(info.getPath());
            }
        });
        c.routes.before(QueryGuard::check);
        Reads reads = new Reads(c.routes);
        Writes writes = new Writes(c.routes);
        new PageRoutes(live, progress).register(reads);
        new ApiRoutes(live).register(reads);
        new SearchRoutes(live).register(reads);
        new PlanRoutes(live, progress).register(reads);
        new LabRoutes(live).register(reads);
        new OpsRoutes(live, draining).register(reads);
        if (book != null) {
            new ProgressRoutes(live, book, learners).register(writes);
        }
        if (login.isPresent()) {
            login.get().register(reads, writes);
        }
        new Failures(live, writes).register(c.routes);
    }

    public int port() {
        return app.port();
    }

    /** The buffer pool of each of the server's connectors, for the test that none shares buffers between connections. */
    List<org.eclipse.jetty.io.ByteBufferPool> bufferPools() {
        return java.util.Arrays.stream(app.jettyServer().server().getConnectors())
                .map(org.eclipse.jetty.server.Connector::getByteBufferPool).toList();
    }

    /** The paths of every registered route, for tests that compare them with the OpenAPI document. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    /** Marks the server not ready, stops accepting connections and waits for requests in flight, up to ten seconds. */
    @Override
    public void close() {
        if (draining.getAndSet(true)) {
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        LOG.info("shutting down: finishing requests in flight");
        app.stop();
        database.ifPresent(Database::close);
    }
}
