package dev.syllabus.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One log line as the pattern {@code %d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n} writes it, a throwable's stack
 * trace after it, without PatternLayout's start: its parser, converters and the time-zone rules it loads took 30 ms
 * of every command that opens the progress database (async-profiler), though most such commands log nothing. The
 * time format is built at the first line.
 */
public final class LogLine extends LayoutBase<ILoggingEvent> {
    private DateTimeFormatter time;

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        line.append(time().format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ');
        String level = event.getLevel().toString();
        line.append(level);
        for (int i = level.length(); i < 5; i++) {
            line.append(' ');
        }
        String logger = event.getLoggerName();
        line.append(' ').append(logger, logger.lastIndexOf('.') + 1, logger.length()).append(" - ")
                .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            // Ends with a line separator of its own, as each of its lines does.
            line.append(ThrowableProxyUtil.asString(thrown));
        }
        return line.toString();
    }

    // Appenders call their layout under their own lock, but a layout may be shared: built once, under this one's.
    private synchronized DateTimeFormatter time() {
        if (time == null) {
            time = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
        }
        return time;
    }
}
