package dev.syllabus.web;

import dev.syllabus.kb.Slug;
import dev.syllabus.plan.Format;
import dev.syllabus.plan.Plan;
import dev.syllabus.plan.PlanRequest;
import dev.syllabus.plan.PlanRequestException;
import dev.syllabus.plan.PlanRequestParser;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The plan builder page (form, plan, downloads) and the API's plan route. Every input is a query parameter, so a
 * plan's address is its shareable link. A plan depends on today's date when it has a pace without a start date, so
 * cached answers are keyed by the date too.
 */
final class PlanRoutes {
    static final String PLAN = ApiCatalog.API + "/plan";
    private static final String FORMAT = "format";

    private final LiveSite live;

    PlanRoutes(LiveSite live) {
        this.live = live;
    }

    static List<ApiCatalog.Route> apiRoutes() {
        return List.of(new ApiCatalog.Route(PLAN, "A study plan in prerequisite order with reasons, totals and omissions.",
                "Plan", List.of(
                ApiCatalog.Param.of(PlanRequest.GOAL, "A concept, paper or path to plan for; repeat or separate with commas.")
                        .asRequired().asRepeatable(),
                ApiCatalog.Param.of(PlanRequest.KNOWN, "Concepts already known; they and what they require are skipped.").asRepeatable(),
                ApiCatalog.Param.of(PlanRequest.DEPTH, "light (explainers) or deep (adds the canonical papers); default light."),
                ApiCatalog.Param.of(PlanRequest.PREFER, "video, article, paper or any; default any."),
                ApiCatalog.Param.of(PlanRequest.CREATOR, "Preferred creators (slugs).").asRepeatable(),
                ApiCatalog.Param.of(PlanRequest.BUDGET, "Time budget such as 12h, 90m or 1h30m."),
                ApiCatalog.Param.of(PlanRequest.STUDY_PACE, "Your own pace against the estimated study times: 1.5 if "
                        + "you take half as long again, 0.8 if faster; default 1."),
                ApiCatalog.Param.of(PlanRequest.HOURS_PER_WEEK, "Study hours per week, for a dated schedule."),
                ApiCatalog.Param.of(PlanRequest.START, "First day of the schedule, YYYY-MM-DD; default today."))));
    }

    void register(RoutesConfig routes) {
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
        try {
            Responses.send(ctx, site.cache().get(ctx, today(site), () ->
                    Rendered.html(Templates.render("plan", PlanPage.of(form, plan(site, params), site.wiki())))), Responses.REVALIDATE);
        } catch (PlanRequestException e) {
            List<Link> close = e.suggestions().stream().map(s -> site.wiki().link(s)).toList();
            ctx.status(400).contentType(Rendered.HTML).result(Templates.render("plan", PlanPage.failed(form, e.getMessage(), close)));
        }
    }

    private void download(Context ctx, Site site, String formatId) {
        Format format = Format.fromId(formatId).orElseThrow(() -> new BadParameter(FORMAT,
                "parameter 'format' has the value '" + formatId + "': write one of markdown, json, ics, text or html"));
        Rendered file = site.cache().get(ctx, today(site), () -> {
            try {
                return Rendered.of(format.render(plan(site, ctx.queryParamMap())).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        format.mediaType());
            } catch (PlanRequestException e) {
                throw badParameter(e);
            }
        });
        ctx.header("Content-Disposition", "attachment; filename=\"syllabus-plan." + format.extension() + "\"");
        Responses.send(ctx, file, Responses.REVALIDATE);
    }

    private void api(Context ctx) {
        QueryCheck.allowOnly(ctx, PLAN);
        Site site = live.current();
        Responses.send(ctx, site.cache().get(ctx, today(site), () -> {
            try {
                return Rendered.json(Format.JSON.render(plan(site, ctx.queryParamMap())));
            } catch (PlanRequestException e) {
                throw badParameter(e);
            }
        }), Responses.REVALIDATE);
    }

    private static Plan plan(Site site, Map<String, List<String>> params) {
        return site.features().planner().plan(site.kb(), PlanRequestParser.parse(params));
    }

    private static BadParameter badParameter(PlanRequestException e) {
        return new BadParameter(e.parameter(), e.getMessage(), e.suggestions().stream().map(Slug::value).toList());
    }

    private static String today(Site site) {
        return LocalDate.now(site.features().clock()).toString();
    }
}
