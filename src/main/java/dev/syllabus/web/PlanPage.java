package dev.syllabus.web;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Slug;
import dev.syllabus.plan.BudgetOutcome;
import dev.syllabus.plan.Plan;
import dev.syllabus.plan.Schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan builder page: the form (filled in with the request, so a shared link can be adjusted, and folded to a
 * summary line once there is a plan) and the plan as things to do grouped by resource, with one-line reasons, notes,
 * a week-by-week agenda when a pace is given, the prerequisite graph up to the goal and download links; or the error
 * that stopped it. With the learner's progress, the plan leaves out what they have done, and a bar shows how many of
 * the plan's things they have done.
 */
public record PlanPage(PlanForm form, PlanView plan, String error, List<Link> suggestions, ProgressBar progress) {
    /** The plan as the page shows it. */
    public record PlanView(String title, String summary, List<PlanTodo> todos, String total, String budgetMessage,
                           boolean overBudget, List<Link> omitted, String schedule, PlanAgenda agenda,
                           List<Link> downloads, String svg, List<GraphPage.ListArea> graphList) {
        public boolean hasGraph() {
            return svg != null;
        }
    }

    static PlanPage form(PlanForm form) {
        return new PlanPage(form, null, null, List.of(), null);
    }

    static PlanPage failed(PlanForm form, String error, List<Link> suggestions) {
        return new PlanPage(form, null, error, suggestions, null);
    }

    static PlanPage of(PlanForm form, Plan plan, Wiki wiki) {
        return of(form, plan, wiki, null);
    }

    /** The plan resumed from the learner's progress, with how many things of the whole plan ({@code all}) are done. */
    static PlanPage resumed(PlanForm form, Plan resumed, Plan all, Wiki wiki) {
        int total = PlanTodo.of(all, wiki).size();
        int left = PlanTodo.of(resumed, wiki).size();
        int done = Math.max(0, total - left);
        String text = done + " of " + total + " things done" + (done == 0 ? "" : "; what you have done is left out of the "
                + "plan below (see Left out)");
        return of(form, resumed, wiki, new ProgressBar("progress-plan", "Your progress on this plan", done, total, text));
    }

    private static PlanPage of(PlanForm form, Plan plan, Wiki wiki, ProgressBar progress) {
        List<PlanTodo> todos = PlanTodo.of(plan, wiki);
        List<Link> omitted = plan.omitted().stream().map(o -> wiki.link(o.slug(), o.reason())).toList();
        BudgetOutcome budget = plan.budget();
        String schedule = plan.schedule().map(PlanPage::schedule).orElse("");
        PlanAgenda agenda = plan.schedule().map(PlanAgenda::of).orElse(null);
        List<Slug> goals = new ArrayList<>();
        for (Slug g : plan.request().goals()) {
            wiki.kb().get(g, Concept.class).ifPresent(c -> goals.add(c.slug()));
            wiki.kb().get(g, Paper.class).ifPresent(p -> goals.addAll(p.introduces()));
        }
        GraphPicture picture = goals.isEmpty() ? null : wiki.layout().towards(goals);
        String title = "Study plan: " + String.join(", ", plan.request().goals().stream()
                .map(g -> wiki.kb().get(g).map(e -> e.title()).orElse(g.value())).toList());
        String summary = todos.size() + " thing" + (todos.size() == 1 ? "" : "s") + " to study, " + Lengths.of(plan.total())
                + " in all" + (schedule.isEmpty() ? "" : "; " + schedule);
        return new PlanPage(form, new PlanView(title, summary, todos, Lengths.of(plan.total()), budget.message(),
                budget.status() == BudgetOutcome.Status.TOO_SMALL, omitted, schedule, agenda,
                form.downloads(plan.schedule().isPresent()),
                picture == null ? null : picture.svg(goals.size() == 1 ? goals.get(0).value() : null,
                        "Prerequisites up to the goal", "graph-plan"),
                picture == null ? List.of() : GraphPage.list(wiki, picture)), null, List.of(), progress);
    }

    private static String schedule(Schedule s) {
        if (s.sessions().isEmpty()) {
            return "";
        }
        var last = s.sessions().get(s.sessions().size() - 1);
        return s.sessions().size() + " sessions of about " + Lengths.of(s.pace().sessionLength()) + ", "
                + Lengths.of(s.pace().weekly()) + " a week, " + PlanAgenda.day(s.start()) + " to " + PlanAgenda.day(last.date());
    }
}
