package dev.syllabus.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.syllabus.kb.Slug;
import dev.syllabus.view.Json;

import java.util.List;

/** The JSON form of plans and schedules, shared by the CLI and the web API. */
final class PlanJson {
    private PlanJson() {
    }

    /** A plan. {@code budgetMinutes} is always present, null without a budget. */
    record PlanView(List<String> goals, List<String> known, String depth, String prefer, List<String> creators,
                    @JsonInclude(JsonInclude.Include.ALWAYS) Integer budgetMinutes, String budgetStatus,
                    String budgetMessage, double studyPace, int totalMinutes, List<StepView> steps, List<OmissionView> omitted,
                    ScheduleView schedule) {
    }

    /**
     * A step; {@code concept} is set for concept steps, {@code subject} for every step that points at an entity;
     * {@code alsoCovers} are further concepts its resources teach, {@code chain} the whole prerequisite chain.
     */
    record StepView(int order, String type, String concept, String subject, String title, List<AlsoView> alsoCovers,
                    List<ResourceView> resources, String reason, String chain, Integer coveredByStep, String coveredBy,
                    int minutes, int cumulativeMinutes, String date) {
    }

    /** A further concept a step's resources teach, and the need that put it in the plan. */
    record AlsoView(String concept, String title, String reason) {
    }

    /**
     * A resource, part of one, or paper in a step: {@code minutes} is study time, {@code runningMinutes} the stated
     * running or reading-through time it comes from, {@code timing} both in words when they differ.
     */
    record ResourceView(String slug, String kind, String title, List<String> creators, String by, String url,
                        String deepLink, String part, int minutes, int runningMinutes, String timing, String mode, String advice, String note,
                        boolean optional) {
    }

    /** Something left out. */
    record OmissionView(String slug, String title, String reason) {
    }

    /** A dated schedule. */
    record ScheduleView(String start, double hoursPerWeek, int sessionMinutes, List<SessionView> sessions) {
    }

    /** One study session. */
    record SessionView(int number, String date, int minutes, List<PartView> parts) {
    }

    /** What a session covers of one item. */
    record PartView(int step, String title, String link, int minutes, boolean continued, boolean continues) {
    }

    static String render(Plan plan) {
        PlanRequest r = plan.request();
        return Json.pretty(new PlanView(slugs(r.goals()), slugs(r.known()), r.depth().id(), r.prefer().id(),
                slugs(r.creators()), plan.budget().budget().map(m -> m.value()).orElse(null),
                plan.budget().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                plan.budget().message().isEmpty() ? null : plan.budget().message(), r.studyTime().pace(), plan.total().value(),
                plan.steps().stream().map(PlanJson::step).toList(), omissions(plan.omitted()),
                plan.schedule().map(PlanJson::schedule).orElse(null)));
    }

    private static StepView step(Step s) {
        return new StepView(s.order(), s.kind().name().toLowerCase(java.util.Locale.ROOT), s.concept().map(Slug::value).orElse(null),
                s.subject().map(Slug::value).orElse(null), s.title(),
                s.also().stream().map(a -> new AlsoView(a.concept().value(), a.title(), a.reason())).toList(),
                s.items().stream().map(PlanJson::item).toList(), s.reason(), blank(s.chain()), s.coveredBy().map(Step.Cover::step).orElse(null),
                s.coveredBy().map(c -> c.item().value()).orElse(null), s.minutes().value(), s.cumulative().value(),
                s.date().map(Object::toString).orElse(null));
    }

    static ResourceView item(StudyItem i) {
        return new ResourceView(i.slug().value(), i.kind().id(), i.title(), slugs(i.creators()), blank(i.byline()),
                i.url().orElse(null), i.deepLink().orElse(null), i.part().orElse(null), i.minutes().value(),
                i.running().value(), blank(i.timing()),
                i.mode().map(m -> m.id()).orElse(null), blank(i.advice()), blank(i.note()), i.optional());
    }

    static List<OmissionView> omissions(List<Omission> omitted) {
        return omitted.stream().map(o -> new OmissionView(o.slug().value(), o.title(), o.reason())).toList();
    }

    static ScheduleView schedule(Schedule s) {
        return new ScheduleView(s.start().toString(), s.pace().weekly().value() / 60.0, s.pace().sessionLength().value(),
                s.sessions().stream().map(x -> new SessionView(x.number(), x.date().toString(), x.minutes().value(),
                        x.parts().stream().map(p -> new PartView(p.step(), p.title(), p.link().orElse(null),
                                p.minutes().value(), p.continued(), p.continues())).toList())).toList());
    }

    private static List<String> slugs(List<Slug> slugs) {
        return slugs.stream().map(Slug::value).toList();
    }

    static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
