package dev.syllabus.lab;

/**
 * An input a lab cannot accept (missing, malformed, out of its bounds): the message names the field, says what was
 * wrong and what range or form is accepted. The CLI turns it into exit code 2, the web into a 400.
 */
public final class LabInputException extends IllegalArgumentException {
    private final String field;

    public LabInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The input's name, as the form, the query string and the CLI option (without dashes) spell it. */
    public String field() {
        return field;
    }
}
