package dev.syllabus.web;

import java.util.List;

/** A query parameter the server cannot accept: unknown, malformed or naming nothing. Answered with 400. */
final class BadParameter extends RuntimeException {
    private final String parameter;
    private final transient List<String> suggestions;

    BadParameter(String parameter, String detail) {
        this(parameter, detail, List.of());
    }

    BadParameter(String parameter, String detail, List<String> suggestions) {
        super(detail);
        this.parameter = parameter;
        this.suggestions = List.copyOf(suggestions);
    }

    String parameter() {
        return parameter;
    }

    /** Close matches for a value that names nothing; empty otherwise. */
    List<String> suggestions() {
        return suggestions;
    }
}
