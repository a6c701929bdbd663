package dev.syllabus.progress;

/**
 * The progress database could not do what was asked: the message names the database, says what is wrong (locked,
 * read-only, full, newer schema, unreachable) and what to do; nothing was written.
 */
public final class StoreFailure extends RuntimeException {
    StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }

    StoreFailure(String message) {
        super(message);
    }
}
