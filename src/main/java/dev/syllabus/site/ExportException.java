package dev.syllabus.site;

/** An export that cannot go ahead or did not finish; {@code usage} when the command was called wrongly (exit 2). */
public final class ExportException extends RuntimeException {
    private final boolean usage;

    ExportException(String message, boolean usage, Throwable cause) {
        super(message, cause);
        this.usage = usage;
    }

    static ExportException usage(String message) {
        return new ExportException(message, true, null);
    }

    static ExportException failure(String message, Throwable cause) {
        return new ExportException(message, false, cause);
    }

    public boolean usage() {
        return usage;
    }
}
