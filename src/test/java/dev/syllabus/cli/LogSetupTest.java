package dev.syllabus.cli;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogSetupTest {
    private static LoggerContext configured() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        return context;
    }

    @Test
    void logsGoThroughTheQueueToStandardError() {
        Logger root = configured().getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        AsyncAppender async = (AsyncAppender) root.getAppender("ASYNC");
        assertThat(async.isNeverBlock()).isTrue();
        assertThat(((ConsoleAppender<?>) async.getAppender("STDERR")).getTarget()).isEqualTo("System.err");
    }

    @Test
    void librariesLogOnlyWarnings() {
        LoggerContext context = configured();
        assertThat(context.getLogger("org.eclipse.jetty.server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.flywaydb.core").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.syllabus.web.WebServer").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void requestLogsDoNotReachTheRootTwice() {
        Logger access = configured().getLogger("dev.syllabus.web.access");
        assertThat(access.isAdditive()).isFalse();
        assertThat(access.getAppender("ASYNC")).isNotNull();
    }

    @Test
    void theApplicationsLoggingIsConfiguredByIt() {
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(running.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.syllabus.web.WebServer", "Root", "org.eclipse.jetty.server.HttpChannel"})
    void aLineReadsAsThePatternWroteIt(String loggerName) {
        LoggerContext context = new LoggerContext();
        PatternLayout pattern = started(patternLayout(), context);
        LogLine line = started(new LogLine(), context);
        Logger logger = context.getLogger(loggerName);
        for (Level level : List.of(Level.INFO, Level.WARN, Level.ERROR)) {
            LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, level, "serving {} at {}", null,
                    new Object[]{"content", "http://127.0.0.1:8080/"});
            assertThat(line.doLayout(event)).isEqualTo(pattern.doLayout(event));
        }
    }

    @Test
    void aThrowableFollowsItsLineWithItsStackTraceAsThePatternWroteIt() {
        LoggerContext context = new LoggerContext();
        PatternLayout pattern = started(patternLayout(), context);
        LogLine line = started(new LogLine(), context);
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), context.getLogger("dev.syllabus.web.WebServer"),
                Level.ERROR, "request failed", new IllegalStateException("broken", new java.io.IOException("cause")), null);
        assertThat(line.doLayout(event)).isEqualTo(pattern.doLayout(event)).contains("ERROR WebServer - request failed")
                .contains("java.lang.IllegalStateException: broken").contains("Caused by: java.io.IOException: cause");
    }

    /** The pattern LogSetup used before LogLine. */
    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    private static PatternLayout patternLayout() {
        PatternLayout pattern = new PatternLayout();
        pattern.setPattern(PATTERN);
        return pattern;
    }

    private static <L extends LayoutBase<ILoggingEvent>> L started(L layout, LoggerContext context) {
        layout.setContext(context);
        layout.start();
        return layout;
    }
}
