package dev.syllabus.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The per-request step between a page rendered once for everyone and the asking learner: with progress on, a page
 * with progress places gets them filled from the learner's in-memory progress, is kept under the page, the learner,
 * their progress version and the address to come back to, and is sent as private to that learner (its ETag changes
 * whenever their progress or form token does). With progress off, or on pages without places, the shared page is
 * sent as it is.
 */
final class ProgressPages {
    /** Personal pages may be kept by the learner's own browser only, and revalidated on every use. */
    static final String PRIVATE = "private, no-cache";
    /** The page depends on who asks, which a team server tells by a cookie. */
    static final String VARY = "Accept-Encoding, Cookie";

    private final Optional<ProgressBook> book;
    private final Learners learners;

    private ProgressPages(Optional<ProgressBook> book, Learners learners) {
        this.book = book;
        this.learners = learners;
    }

    static ProgressPages off() {
        return new ProgressPages(Optional.empty(), null);
    }

    static ProgressPages on(ProgressBook book, Learners learners) {
        return new ProgressPages(Optional.of(book), learners);
    }

    boolean enabled() {
        return book.isPresent();
    }

    /** The learner asking, when progress is on. */
    Optional<Learners.Learner> learner(Context ctx) {
        return book.flatMap(b -> learners.resolve(ctx));
    }

    Optional<ProgressBook.Snapshot> snapshot(Learners.Learner who) {
        return book.map(b -> b.of(who.id()));
    }

    /** Sends {@code base}, a page of {@code site} whose way back after a form is {@code back}, for the learner asking. */
    void send(Context ctx, Site site, Rendered base, String back) {
        if (book.isEmpty()) {
            Responses.send(ctx, base, Responses.REVALIDATE);
            return;
        }
        Optional<Learners.Learner> asking = learners.resolve(ctx);
        if (asking.isEmpty()) {
            sendLoggedOut(ctx, site, base, back);
            return;
        }
        Learners.Learner who = asking.get();
        ProgressBook.Snapshot snapshot = book.get().of(who.id());
        String key = "progress\n" + base.etag() + "\n" + who.id().value() + "\n" + snapshot.version() + "\n"
                + Rendered.hash(who.token().getBytes(StandardCharsets.UTF_8)) + "\n" + back;
        // Only a page's first request for a progress version decodes and fills it; later ones find it kept.
        Rendered filled = site.cache().get(key, () -> {
            String html = new String(base.body(), StandardCharsets.UTF_8);
            if (!ProgressMarkers.present(html)) {
                return base;
            }
            ProgressFill fill = new ProgressFill(site.kb(), snapshot, who.token(), back);
            boolean[] first = {true};
            return Rendered.html(ProgressMarkers.fill(html, m -> {
                String account = first[0] ? who.account().map(name -> accountLine(name, who.token())).orElse("") : "";
                first[0] = false;
                return account + fill.apply(m);
            }));
        });
        Responses.send(ctx, filled, PRIVATE, VARY);
    }

    /** Whose progress a team server's page shows, with a way to log out, in the page's first progress place. */
    private static String accountLine(String name, String token) {
        return "<form class=\"progress-account\" method=\"post\" action=\"/logout\"><input type=\"hidden\" "
                + "name=\"csrf\" value=\"" + token + "\">Logged in as <strong>" + org.jsoup.nodes.Entities.escape(name)
                + "</strong>; your progress is kept. <button class=\"secondary\" type=\"submit\">Log out</button></form>";
    }

    /**
     * A team server's page for someone not logged in: the wiki as everyone reads it, its first progress place saying
     * where to log in to keep progress (and back to this page after), the others empty.
     */
    private static void sendLoggedOut(Context ctx, Site site, Rendered base, String back) {
        Rendered page = site.cache().get("logged-out\n" + base.etag() + "\n" + back, () -> {
            String html = new String(base.body(), StandardCharsets.UTF_8);
            if (!ProgressMarkers.present(html)) {
                return base;
            }
            boolean[] first = {true};
            String link = "<p class=\"progress-login\"><a href=\"/login?return=" + java.net.URLEncoder.encode(back,
                    StandardCharsets.UTF_8) + "\">Log in</a> to keep your progress.</p>";
            return Rendered.html(ProgressMarkers.fill(html, m -> {
                boolean show = first[0];
                first[0] = false;
                return show ? link : "";
            }));
        });
        Responses.send(ctx, page, PRIVATE, VARY);
    }
}
