package dev.syllabus.cli;

import dev.syllabus.lab.LabInputException;
import dev.syllabus.plan.PlanRequestException;
import dev.syllabus.progress.AccountRefused;
import dev.syllabus.search.InvalidSearchException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.util.Optional;

/**
 * Maps exceptions to exit codes in this one place (commands throw and never catch): a mistake in how the command was
 * called (a {@link UsageError}, a plan, search or lab request the planner, the index or the lab refuses) exits 2 with its message
 * in the options' words; any other failure exits 1. Only those named here are usage errors: an unexpected
 * IllegalArgumentException is a failure of the program, not of its user. No stack trace unless {@code SYLLABUS_DEBUG}.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    static final int FAILURE = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        var err = cli.getErr();
        Optional<String> usage = usageMessage(e);
        if (usage.isPresent()) {
            err.println("syllabus: " + usage.get());
            return USAGE;
        }
        err.println("syllabus: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        if (System.getenv("SYLLABUS_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return FAILURE;
    }

    private static Optional<String> usageMessage(Exception e) {
        if (e instanceof UsageError) {
            return Optional.of(e.getMessage());
        }
        if (e instanceof PlanRequestException refused) {
            return Optional.of(PlanOptions.usage(refused).getMessage());
        }
        if (e instanceof AccountRefused refused && refused.reason() != AccountRefused.Reason.NAME_TAKEN) {
            // A malformed name or password, or a name with no account: how the command was called. A taken name is a
            // fact of the database, a failure like any other.
            return Optional.of(e.getMessage());
        }
        if (e instanceof InvalidSearchException || e instanceof LabInputException) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }
}
