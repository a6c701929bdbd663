package dev.syllabus.cli;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

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
}
