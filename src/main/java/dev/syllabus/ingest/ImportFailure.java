package dev.syllabus.ingest;

/** An import that cannot go ahead (unreadable input, content that would not validate, a failed write); nothing was changed. */
public final class ImportFailure extends RuntimeException {
    public ImportFailure(String message) {
        super(message);
    }

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
