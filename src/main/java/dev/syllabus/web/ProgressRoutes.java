package dev.syllabus.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /progress}: the progress buttons' one form. It marks an item for the learner who sent it (after the form
 * token checks out: see {@link Learners}) and answers 303 back to the page it came from, so the browser shows that
 * page again with the new mark, with or without JavaScript. GET and HEAD are 405 (a mark is never made by a link).
 */
final class ProgressRoutes {
    static final String PATH = "/progress";
    /** A progress form is a few hundred bytes; anything much larger is not one. */
    private static final long MAX_BODY = 8 * 1024;

    private final LiveSite live;
    private final ProgressBook book;
    private final Learners learners;

    ProgressRoutes(LiveSite live, ProgressBook book, Learners learners) {
        this.live = live;
        this.book = book;
        this.learners = learners;
    }

    void register(Writes writes) {
        writes.post(PATH, this::post);
    }

    private void post(Context ctx) {
        if (ctx.contentLength() > MAX_BODY) {
            RefusedBodies.drop(ctx);
            throw new BadParameter("form", "the form is " + ctx.contentLength() + " bytes; a progress form is at most "
                    + MAX_BODY + ": send only its fields");
        }
        Learners.Learner who = learners.verify(ctx, ctx.formParam("csrf"));
        ProgressForm form = ProgressForm.read(live.current().kb(), ctx.formParam(ProgressForm.KIND),
                ctx.formParam(ProgressForm.SLUG), ctx.formParam(ProgressForm.PART), ctx.formParam(ProgressForm.STATUS),
                ctx.formParam(ProgressForm.RETURN));
        book.mark(who.id(), form.item(), form.status());
        ctx.header("Cache-Control", Responses.NO_STORE);
        ctx.redirect(form.back(), HttpStatus.SEE_OTHER);
    }
}
