package dev.syllabus.content;

import java.util.Comparator;

/**
 * One problem in the content: where it is ({@code file} relative to the content root, 1-based {@code line}, 0 when the
 * problem concerns the whole tree), which rule found it, and a message that says what to write instead.
 */
public record Finding(Severity severity, String rule, String file, int line, String message) {
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparing(Finding::rule).thenComparing(Finding::message);

    public static Finding error(String rule, String file, int line, String message) {
        return new Finding(Severity.ERROR, rule, file, line, message);
    }

    public static Finding warning(String rule, String file, int line, String message) {
        return new Finding(Severity.WARNING, rule, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code concepts/x.md:12: error [rule] message}, the form compilers use so editors can jump to it. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.id() + " [" + rule + "] " + message;
    }
}
