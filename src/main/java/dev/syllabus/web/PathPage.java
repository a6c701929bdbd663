package dev.syllabus.web;

import dev.syllabus.kb.Estimate;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.plan.PathReport;
import dev.syllabus.progress.PathItemKeys;

import java.util.List;

/**
 * The learning path page, from the planner's {@link PathReport}: phases in order with their modes, the curator's
 * estimate beside the sum of the items, the path's total beside its stated range, and what it postpones.
 */
public record PathPage(LearningPath path, String bodyHtml, boolean math, List<PhaseLine> phases, String total, String statedTotal,
                       boolean withinStatedTotal, List<Link> postponed) {
    /** A phase with the sum of its items. */
    public record PhaseLine(int number, String title, String mode, String estimate, String sum, String note,
                            List<ItemLine> items) {
    }

    /** One item: an entity to study or an activity to do, with its progress key in the path. */
    public record ItemLine(String type, Link link, String mode, String length, String note, String key) {
    }

    static PathPage of(LearningPath p, Wiki wiki) {
        PathReport report = PathReport.of(wiki.kb(), p);
        // The report lists the path's items in path order, as the keys do.
        java.util.Iterator<String> keys = PathItemKeys.of(p).stream().map(k -> k.key().part()).iterator();
        List<PhaseLine> phases = report.phases().stream().map(phase -> new PhaseLine(phase.number(), phase.title(),
                phase.mode().map(Labels::token).orElse(""), phase.estimate().map(Estimate::toString).orElse(""),
                Lengths.of(phase.total()), phase.note(), phase.items().stream()
                .map(item -> item(item, wiki, keys.hasNext() ? keys.next() : "")).toList())).toList();
        List<Link> postponed = report.postponed().stream().map(x -> wiki.link(x.slug(), x.reason())).toList();
        String body = wiki.html(p.body());
        return new PathPage(p, body, MathSpans.present(body), phases, Lengths.of(report.total()),
                report.statedTotal().map(Estimate::toString).orElse(""), report.withinStatedTotal(), postponed);
    }

    private static ItemLine item(PathReport.Item item, Wiki wiki, String key) {
        Link link = item.slug().map(wiki::link).orElse(new Link("", item.title(), ""));
        return new ItemLine(Labels.words(item.type()), link, item.mode().map(Labels::token).orElse(""),
                item.minutes().value() == 0 ? "" : Lengths.of(item.minutes()), item.note(), key);
    }
}
