package dev.syllabus.cli;

/** A mistake in how the command was called (an unknown slug, a missing directory): exit code 2, message only. */
public final class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message);
    }
}
