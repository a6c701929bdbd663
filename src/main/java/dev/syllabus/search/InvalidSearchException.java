package dev.syllabus.search;

/**
 * A search parameter that cannot be used, with a message naming the parameter, the bad value and what to write
 * instead. The web layer maps it to 400, the CLI to exit code 2. Query text never causes it.
 */
public final class InvalidSearchException extends IllegalArgumentException {
    private final String parameter;

    InvalidSearchException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter at fault: {@code kind}, {@code creator}, {@code limit} ... */
    public String parameter() {
        return parameter;
    }
}
