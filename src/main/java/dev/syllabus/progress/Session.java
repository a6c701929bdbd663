package dev.syllabus.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** A logged-in learner's session: whose it is, the CSRF token its forms carry, and when it ends. */
public record Session(LearnerId learner, AccountName name, String csrf, Instant expires) {
    /** Whether a form's token is this session's, compared in constant time so timing reveals no prefix of it. */
    public boolean acceptsCsrf(String token) {
        return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
