package dev.syllabus.web;

import dev.syllabus.progress.Session;
import dev.syllabus.progress.Sessions;
import io.javalin.http.Context;

import java.time.Duration;
import java.util.Optional;

/**
 * A team server's learners: who asks comes only from the session cookie (never from a form field), and a form counts
 * only with its session's own CSRF token. A cookie that is unknown, tampered with, ended or logged out opens no
 * session, so its sender is treated as logged out: they read the wiki, and their posts are refused.
 */
final class TeamLearners implements Learners {
    static final String COOKIE = "syllabus-session";
    private static final String FOUND = TeamLearners.class.getName() + ".session";

    private final Sessions sessions;

    TeamLearners(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Learner> resolve(Context ctx) {
        return session(ctx).map(s -> new Learner(s.learner(), s.csrf(), Optional.of(s.name().value())));
    }

    @Override
    public Learner verify(Context ctx, String formToken) {
        Session s = session(ctx).orElseThrow(() -> new Forbidden("You are not logged in (or your session has ended), "
                + "so this was not saved. Log in at /login and try again."));
        if (!s.acceptsCsrf(formToken)) {
            throw new Forbidden("This form's security token is not your session's (the page may be from before you "
                    + "logged in again, or from another site), so it was not saved. Reload the page and try again.");
        }
        return new Learner(s.learner(), s.csrf(), Optional.of(s.name().value()));
    }

    /** The session the request's cookie opens, looked up once per request. */
    @SuppressWarnings("unchecked")
    Optional<Session> session(Context ctx) {
        Object found = ctx.attribute(FOUND);
        if (found == null) {
            found = sessions.find(ctx.cookie(COOKIE));
            ctx.attribute(FOUND, found);
        }
        return (Optional<Session>) found;
    }

    /**
     * Sets a cookie by hand (the servlet cookie API of this Jetty has no SameSite attribute): HttpOnly always, Secure
     * when the request came over https, so a cookie set over https is never sent back in clear.
     */
    static void setCookie(Context ctx, String name, String value, String sameSite, Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; "
                + "SameSite=" + sameSite + ("https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : ""));
    }
}
