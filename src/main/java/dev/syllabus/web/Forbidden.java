package dev.syllabus.web;

/** A write the server refuses to take from this sender (a missing or forged form token): answered with 403. */
final class Forbidden extends RuntimeException {
    Forbidden(String message) {
        super(message);
    }
}
