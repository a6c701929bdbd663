package dev.syllabus.cli;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, made in code: reading it from XML took 35 ms of every command that logs (JFR), more than
 * the rest of a cached plan's work. Logs go to standard error, so a command's own output stays clean; request logs pass
 * through a queue that drops lines under overload rather than slow requests down ({@code SYLLABUS_ACCESS_LOG=OFF}
 * silences them); libraries log warnings only. A file named by {@code -Dlogback.configurationFile} still wins.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    private static final String[] QUIET = {"org.eclipse.jetty", "io.javalin", "org.flywaydb", "com.zaxxer.hikari", "io.zonky"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LogLine line = new LogLine();
        line.setContext(context);
        line.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(line);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("ASYNC");
        async.setQueueSize(8192);
        async.setNeverBlock(true);
        async.addAppender(stderr);
        async.start();

        Logger access = context.getLogger("dev.syllabus.web.access");
        // As logback.xml's ${SYLLABUS_ACCESS_LOG:-INFO} did: a system property first, then the environment.
        access.setLevel(Level.toLevel(System.getProperty("SYLLABUS_ACCESS_LOG", System.getenv("SYLLABUS_ACCESS_LOG")), Level.INFO));
        access.setAdditive(false);
        access.addAppender(async);
        for (String library : QUIET) {
            context.getLogger(library).setLevel(Level.WARN);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(async);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
