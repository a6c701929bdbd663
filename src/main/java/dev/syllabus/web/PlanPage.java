package dev.syllabus.web;

import dev.syllabus.kb.EntityType;
import dev.syllabus.plan.BudgetOutcome;
import dev.syllabus.plan.Plan;
import dev.syllabus.plan.Schedule;
import dev.syllabus.plan.Step;
import dev.syllabus.plan.StudyItem;

import java.util.List;

/**
 * The plan builder page: the form (filled in with the request, so a shared link can be adjusted) and, once a goal is
 * given, the plan with its steps, totals, omissions, schedule and download links; or the error that stopped it.
 */
public record PlanPage(PlanForm form, PlanView plan, String error, List<Link> suggestions) {
    /** The plan as the page shows it. */
    public record PlanView(List<StepLine> steps, String total, String budgetMessage, boolean overBudget,
                           List<Link> omitted, String schedule, List<Link> downloads) {
    }

    /** One step: what it teaches, why it is there, what to study, and the running total. */
    public record StepLine(int order, Link subject, String reason, List<ItemLine> items, String coveredBy, String minutes,
                           String cumulative, String date) {
    }

    /** One thing to study in a step. */
    public record ItemLine(Link page, String kind, String byline, String part, String minutes, String mode, String advice,
                           String link, boolean optional) {
        public boolean hasLink() {
            return link != null;
        }
    }

    static PlanPage form(PlanForm form) {
        return new PlanPage(form, null, null, List.of());
    }

    static PlanPage failed(PlanForm form, String error, List<Link> suggestions) {
        return new PlanPage(form, null, error, suggestions);
    }

    static PlanPage of(PlanForm form, Plan plan, Wiki wiki) {
        List<StepLine> steps = plan.steps().stream().map(PlanPage::step).toList();
        List<Link> omitted = plan.omitted().stream().map(o -> wiki.link(o.slug(), o.reason())).toList();
        BudgetOutcome budget = plan.budget();
        String schedule = plan.schedule().map(PlanPage::schedule).orElse("");
        List<Link> downloads = form.downloads(plan.schedule().isPresent());
        return new PlanPage(form, new PlanView(steps, plan.total().toString(), budget.message(),
                budget.status() == BudgetOutcome.Status.TOO_SMALL, omitted, schedule, downloads), null, List.of());
    }

    private static StepLine step(Step s) {
        String folder = switch (s.kind()) {
            case CONCEPT -> EntityType.CONCEPT.folder();
            case PAPER -> EntityType.PAPER.folder();
            case RESOURCE -> EntityType.RESOURCE.folder();
            case ACTIVITY -> "";
        };
        Link subject = new Link(folder.isEmpty() || s.subject().isEmpty() ? "" : "/" + folder + "/" + s.subject().get(), s.title(), "");
        String covered = s.coveredBy().map(c -> "Already taught in step " + c.step() + " by " + c.title() + ".").orElse("");
        return new StepLine(s.order(), subject, s.reason(), s.items().stream().map(PlanPage::item).toList(), covered,
                s.minutes().toString(), s.cumulative().toString(), s.date().map(Object::toString).orElse(""));
    }

    private static ItemLine item(StudyItem i) {
        String folder = i.isPaper() ? EntityType.PAPER.folder() : EntityType.RESOURCE.folder();
        return new ItemLine(new Link("/" + folder + "/" + i.slug(), i.title(), ""), Labels.token(i.kind()), i.byline(),
                i.part().orElse(""), i.minutes().toString(), i.mode().map(Labels::token).orElse(""), i.advice(),
                i.deepLink().or(i::url).orElse(null), i.optional());
    }

    private static String schedule(Schedule s) {
        if (s.sessions().isEmpty()) {
            return "";
        }
        var last = s.sessions().get(s.sessions().size() - 1);
        return s.sessions().size() + " study sessions of about an hour, " + s.pace().weekly() + " a week, from "
                + s.start() + " to " + last.date() + ".";
    }
}
