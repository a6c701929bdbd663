package dev.syllabus.web;

import java.util.Optional;

/**
 * The {@code /login} page: the form (with its token, the address to return to, the name typed and why the last try
 * failed), or for a learner already logged in, who they are and a log-out button.
 */
public record LoginPage(Optional<String> signedIn, String token, String back, String name, String message) {
}
