package dev.syllabus.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions to exit codes once, at the edge: usage mistakes exit 2, other failures exit 1, and neither prints a
 * stack trace unless {@code SYLLABUS_DEBUG} is set.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        var err = cli.getErr();
        if (e instanceof UsageError || e instanceof IllegalArgumentException) {
            err.println("syllabus: " + e.getMessage());
            return 2;
        }
        err.println("syllabus: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        if (System.getenv("SYLLABUS_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return 1;
    }
}
