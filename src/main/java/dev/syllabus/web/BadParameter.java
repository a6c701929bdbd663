package dev.syllabus.web;

/** A query parameter the API cannot accept: unknown, malformed or naming nothing. Answered with 400. */
final class BadParameter extends RuntimeException {
    private final String parameter;

    BadParameter(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
