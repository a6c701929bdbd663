package dev.syllabus.web;

import dev.syllabus.progress.Accounts;
import dev.syllabus.progress.Login;
import dev.syllabus.progress.OpenedSession;
import dev.syllabus.progress.Session;
import dev.syllabus.progress.Sessions;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;

/**
 * A team server's {@code GET /login} (the form, or who is logged in with a log-out button), {@code POST /login} and
 * {@code POST /logout}. The login form has its own CSRF token, a double submit with a SameSite=Strict cookie, so
 * another site cannot log a learner into an account of its choosing; logging out takes the session's token.
 */
final class LoginRoutes {
    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String FORM_COOKIE = "syllabus-login";
    private static final Duration FORM_COOKIE_LIFE = Duration.ofHours(12);
    private static final long MAX_BODY = 8 * 1024;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Accounts accounts;
    private final Sessions sessions;
    private final TeamLearners learners;
    private final java.time.Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginRoutes(Accounts accounts, Sessions sessions, TeamLearners learners, java.time.Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.learners = learners;
        this.clock = clock;
    }

    void register(Reads reads, Writes writes) {
        reads.get(LOGIN, this::page);
        writes.post(LOGIN, this::login);
        writes.post(LOGOUT, this::logout);
    }

    private void page(Context ctx) {
        String back = ProgressForm.back(ctx.queryParam("return"));
        Optional<Session> session = learners.session(ctx);
        if (session.isPresent()) {
            show(ctx, HttpStatus.OK, new LoginPage(Optional.of(session.get().name().value()), session.get().csrf(), back, "", ""));
            return;
        }
        show(ctx, HttpStatus.OK, new LoginPage(Optional.empty(), formToken(ctx), back, "", ""));
    }

    private void login(Context ctx) {
        checkSize(ctx);
        String cookie = ctx.cookie(FORM_COOKIE);
        if (!same(cookie, ctx.formParam("csrf"))) {
            throw new Forbidden("This login form came without its security token, or with another one, so it was not "
                    + "taken. Open /login again and log in from there (cookies for this site must be allowed).");
        }
        String back = ProgressForm.back(ctx.formParam("return"));
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        Login outcome = accounts.login(name, Optional.ofNullable(ctx.formParam("password")).orElse(""));
        if (outcome instanceof Login.Accepted accepted) {
            // A new session at every login, and the old one ended, so a session id planted before login is worthless.
            sessions.close(ctx.cookie(TeamLearners.COOKIE));
            OpenedSession opened = sessions.open(accepted.account());
            TeamLearners.setCookie(ctx, TeamLearners.COOKIE, opened.cookie(), "Lax", Sessions.LIFETIME);
            ctx.header("Cache-Control", Responses.NO_STORE);
            ctx.redirect(back, HttpStatus.SEE_OTHER);
        } else if (outcome instanceof Login.Throttled throttled) {
            long seconds = Math.max(1, Duration.between(clock.instant(), throttled.retryAt()).toSeconds());
            ctx.header("Retry-After", Long.toString(seconds));
            show(ctx, HttpStatus.TOO_MANY_REQUESTS, new LoginPage(Optional.empty(), cookie, back, name,
                    "Too many failed logins for this name: logins for it are closed until "
                            + CLOCK.format(throttled.retryAt()) + ". Try again then."));
        } else {
            show(ctx, HttpStatus.UNAUTHORIZED, new LoginPage(Optional.empty(), cookie, back, name,
                    "That name and password do not match an account. Check both and try again."));
        }
    }

    private void logout(Context ctx) {
        checkSize(ctx);
        learners.verify(ctx, ctx.formParam("csrf"));
        sessions.close(ctx.cookie(TeamLearners.COOKIE));
        TeamLearners.setCookie(ctx, TeamLearners.COOKIE, "", "Lax", Duration.ZERO);
        ctx.header("Cache-Control", Responses.NO_STORE);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private static void checkSize(Context ctx) {
        if (ctx.contentLength() > MAX_BODY) {
            RefusedBodies.drop(ctx);
            throw new BadParameter("form", "the form is " + ctx.contentLength() + " bytes; a login form is at most "
                    + MAX_BODY + ": send only its fields");
        }
    }

    /** The browser's login-form token: the one its cookie already holds, else a new one set in the cookie. */
    private String formToken(Context ctx) {
        String held = ctx.cookie(FORM_COOKIE);
        if (held != null && held.matches("[A-Za-z0-9_-]{43}")) {
            return held;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        TeamLearners.setCookie(ctx, FORM_COOKIE, token, "Strict", FORM_COOKIE_LIFE);
        return token;
    }

    private static void show(Context ctx, HttpStatus status, LoginPage page) {
        ctx.status(status);
        ctx.header("Cache-Control", Responses.NO_STORE);
        ctx.html(Templates.render("login", page));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isEmpty() && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }
}
