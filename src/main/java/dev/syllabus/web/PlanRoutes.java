package dev.syllabus.web;

import dev.syllabus.plan.Format;
import dev.syllabus.plan.Plan;
import dev.syllabus.plan.PlanRequest;
import dev.syllabus.plan.PlanRequestException;
import dev.syllabus.plan.PlanRequestParser;
import dev.syllabus.plan.Resume;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The plan builder page (form, plan, downloads) and the API's plan route. Every input is a query parameter, so a
 * plan's address is its shareable link. A plan depends on today's date when it has a pace without a start date, so
 * cached answers are keyed by the date too. With progress on, the page is planned from the asking learner's progress
 * (as {@code syllabus plan} does), so it is kept per learner and progress version.
 */
final class PlanRoutes {
    static final String PLAN = ApiCatalog.API + "/plan";
    private static final String FORMAT = "format";

    private final LiveSite live;
    private final ProgressPages progress;

    PlanRoutes(LiveSite live) {
        this(live, ProgressPages.off());
    }

    PlanRoutes(LiveSite live, ProgressPages progress) {
        this.live = live;
        this.progress = progress;
    }

    static List<ApiCatalog.Route> apiRoutes() {
        return List.of(new ApiCatalog.Route(PLAN, "A study plan in prerequisite order with reasons, totals and omissions.",
                "Plan", List.of(
                ApiCatalog.Param.of(PlanRequest.GOAL, "A concept, paper or path to plan for; repeat or separate with commas.")
                        .asRequired().asRepeatable(),
                ApiCatalog.Param.of(PlanRequest.KNOWN, "Concepts already known; they and what they require are skipped.").asRepeatable(),
                ApiCatalog.Param.of(PlanRequest.DEPTH, "light (hard prerequisites, explainers) or deep (adds background prerequisites and the canonical papers); default light."),
                ApiCatalog.Param.of(PlanRequest.PREFER, "video, article, paper or any; default any."),
                ApiCatalog.Param.of(PlanRequest.CREATOR, "Preferred creators (slugs).").asRepeatable(),
                ApiCatalog.Param.of(PlanRequest.BUDGET, "Time budget such as 12h, 90m or 1h30m."),
                ApiCatalog.Param.of(PlanRequest.STUDY_PACE, "Your own pace against the estimated study times: 1.5 if "
                        + "you take half as long again, 0.8 if faster; default 1."),
                ApiCatalog.Param.of(PlanRequest.HOURS_PER_WEEK, "Study hours per week, for a dated schedule."),
                ApiCatalog.Param.of(PlanRequest.HOURS_PER_WEEK_OPTION, "The same as hoursPerWeek, spelt as the command line "
                        + "writes it; give one of the two."),
                ApiCatalog.Param.of(PlanRequest.START, "First day of the schedule, YYYY-MM-DD; default today."))));
    }

    void register(Reads routes) {
        routes.get("/plan", this::page);
        routes.get(PLAN, this::api);
    }

    private void page(Context ctx) {
        Site site = live.current();
        Map<String, List<String>> params = ctx.queryParamMap();
        String format = ctx.queryParam(FORMAT);
        if (format != null && !format.equals("html")) {
            download(ctx, site, format);
            return;
        }
        PlanForm form = PlanForm.of(params, site.kb());
        if (form.goals().isEmpty()) {
            Responses.send(ctx, site.cache().get(ctx, () -> Rendered.html(Templates.render("plan", PlanPage.form(form)))),
                    Responses.REVALIDATE);
            return;
        }
        var learner = progress.learner(ctx);
        if (learner.isEmpty()) {
            Responses.send(ctx, site.cache().get(ctx, today(site), () ->
                    Rendered.html(Templates.render("plan", PlanPage.of(form, plan(site, params), site.wiki())))), Responses.REVALIDATE);
            return;
        }
        // Planned from the learner's progress, so kept per learner and progress version; the buttons are filled after.
        ProgressBook.Snapshot snapshot = progress.snapshot(learner.get()).orElseThrow();
        Rendered page = site.cache().get(ctx, today(site) + "\n" + learner.get().id().value() + "\n" + snapshot.version(), () -> {
            PlanRequest request = PlanRequestParser.parse(params);
            Plan all = site.features().planner().plan(site.kb(), request);
            Plan resumed = Resume.plan(site.features().planner(), site.kb(), request, snapshot.standing(site.kb()).studied());
            return Rendered.html(Templates.render("plan", PlanPage.resumed(form, resumed, all, site.wiki())));
        });
        progress.send(ctx, site, page, "/plan?" + form.query());
    }

    /** The plan page for a request the planner refused: the form as filled in, the message and close matches. */
    static String refused(Site site, Context ctx, PlanRequestException e) {
        List<Link> close = e.suggestions().stream().map(s -> site.wiki().link(s)).toList();
        return Templates.render("plan", PlanPage.failed(PlanForm.of(ctx.queryParamMap(), site.kb()), e.getMessage(), close));
    }

    private void download(Context ctx, Site site, String formatId) {
        Format format = Format.fromId(formatId).orElseThrow(() -> new BadParameter(FORMAT,
                "parameter 'format' has the value '" + formatId + "': write one of markdown, json, ics, text or html"));
        Rendered file = site.cache().get(ctx, today(site), () -> Rendered.of(format.render(plan(site, ctx.queryParamMap()))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), format.mediaType()));
        ctx.header("Content-Disposition", "attachment; filename=\"syllabus-plan." + format.extension() + "\"");
        Responses.send(ctx, file, Responses.REVALIDATE);
    }

    private void api(Context ctx) {
        QueryCheck.allowOnly(ctx, PLAN);
        Site site = live.current();
        Responses.send(ctx, site.cache().get(ctx, today(site), () ->
                Rendered.json(Format.JSON.render(plan(site, ctx.queryParamMap())))), Responses.REVALIDATE);
    }

    private static Plan plan(Site site, Map<String, List<String>> params) {
        return site.features().planner().plan(site.kb(), PlanRequestParser.parse(params));
    }

    private static String today(Site site) {
        return LocalDate.now(site.features().clock()).toString();
    }
}
