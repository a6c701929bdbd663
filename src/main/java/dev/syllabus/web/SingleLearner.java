package dev.syllabus.web;

import dev.syllabus.progress.LearnerId;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The single-user server's learner: everyone is {@link LearnerId#LOCAL}, who never logs in. Forms are protected by a
 * double submit: a random token made at start is sent as a SameSite=Strict, HttpOnly cookie and as a hidden field of
 * every progress form, and a post counts only when both come back equal to it. Another site can make a browser post
 * to us, but it can neither read the token from our pages nor make the browser send a Strict cookie with its post.
 */
final class SingleLearner implements Learners {
    static final String COOKIE = "syllabus-csrf";

    private final Learner local;

    SingleLearner() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.local = new Learner(LearnerId.LOCAL, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    @Override
    public Optional<Learner> resolve(Context ctx) {
        if (!same(ctx.cookie(COOKIE), local.token())) {
            // Set by hand: the servlet cookie API of this Jetty has no SameSite attribute.
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + local.token() + "; Path=/; HttpOnly; SameSite=Strict");
        }
        return Optional.of(local);
    }

    @Override
    public Learner verify(Context ctx, String formToken) {
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null || formToken == null || formToken.isEmpty()) {
            throw new Forbidden("This form came without its security token" + (cookie == null ? " cookie" : "")
                    + ", so it was not saved. Reload the page and try again (cookies for this site must be allowed).");
        }
        // Both compared in constant time, so the answer's timing tells nothing about how much of a guess was right.
        if (!same(cookie, local.token()) || !same(formToken, local.token())) {
            throw new Forbidden("This form's security token is not this server's (the page may be from before the server "
                    + "restarted, or from another site), so it was not saved. Reload the page and try again.");
        }
        return local;
    }

    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
