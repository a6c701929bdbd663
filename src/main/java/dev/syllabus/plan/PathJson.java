package dev.syllabus.plan;

import dev.syllabus.kb.Estimate;
import dev.syllabus.kb.Slug;
import dev.syllabus.view.Json;

import java.util.List;
import java.util.Locale;

/** The JSON form of a curated path's report. */
final class PathJson {
    private PathJson() {
    }

    /** A path with its totals beside the curator's. */
    record PathView(String slug, String title, String audience, String assumes, StatedView statedTotal, int totalMinutes,
                    boolean withinStatedTotal, List<PhaseView> phases, List<PlanJson.OmissionView> postponed,
                    PlanJson.ScheduleView schedule) {
    }

    /** A curator's estimate: as written, and its bounds in minutes. */
    record StatedView(String text, int lowMinutes, int highMinutes) {
    }

    /** A phase; {@code statedMinutes} is the middle of the curator's estimate, {@code totalMinutes} the items' sum. */
    record PhaseView(int number, String title, StatedView stated, Integer statedMinutes, int totalMinutes, String mode,
                     String note, List<ItemView> items) {
    }

    /** An item of a phase. */
    record ItemView(String slug, String type, String title, String mode, int minutes, String note,
                    PlanJson.ResourceView material) {
    }

    static String render(PathReport r) {
        return Json.pretty(new PathView(r.slug().value(), r.title(), PlanJson.blank(r.audience()), PlanJson.blank(r.assumes()),
                r.statedTotal().map(PathJson::stated).orElse(null), r.total().value(), r.withinStatedTotal(),
                r.phases().stream().map(PathJson::phase).toList(), PlanJson.omissions(r.postponed()),
                r.schedule().map(PlanJson::schedule).orElse(null)));
    }

    private static PhaseView phase(PathReport.Phase p) {
        return new PhaseView(p.number(), p.title(), p.estimate().map(PathJson::stated).orElse(null),
                p.estimate().map(e -> e.midpoint().value()).orElse(null), p.total().value(),
                p.mode().map(m -> m.id()).orElse(null), PlanJson.blank(p.note()),
                p.items().stream().map(PathJson::item).toList());
    }

    private static ItemView item(PathReport.Item i) {
        return new ItemView(i.slug().map(Slug::value).orElse(null), i.type().name().toLowerCase(Locale.ROOT), i.title(),
                i.mode().map(m -> m.id()).orElse(null), i.minutes().value(), PlanJson.blank(i.note()),
                i.material().map(PlanJson::item).orElse(null));
    }

    private static StatedView stated(Estimate e) {
        return new StatedView(e.toString(), e.low().value(), e.high().value());
    }
}
