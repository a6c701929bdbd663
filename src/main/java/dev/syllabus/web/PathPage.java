package dev.syllabus.web;

import dev.syllabus.kb.Estimate;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.Phase;
import dev.syllabus.view.Details;

import java.util.List;

/**
 * The learning path page: phases in order with their modes, the curator's estimate beside the sum of the items, the
 * path's total beside its stated range, and what it postpones.
 */
public record PathPage(LearningPath path, String bodyHtml, List<PhaseLine> phases, String total, String statedTotal,
                       List<Link> postponed) {
    /** A phase with the sum of its items. */
    public record PhaseLine(int number, String title, String mode, String estimate, String sum, String note,
                            List<ItemLine> items) {
    }

    /** One item: an entity to study or an activity to do. */
    public record ItemLine(String type, Link link, String mode, String length, String note) {
    }

    static PathPage of(LearningPath p, Wiki wiki) {
        Minutes total = Minutes.ZERO;
        List<PhaseLine> phases = new java.util.ArrayList<>();
        for (int i = 0; i < p.phases().size(); i++) {
            Phase phase = p.phases().get(i);
            Minutes sum = phase.items().stream().map(item -> minutesOf(item, wiki)).reduce(Minutes.ZERO, Minutes::plus);
            total = total.plus(sum);
            phases.add(new PhaseLine(i + 1, phase.title(), phase.mode().map(Labels::token).orElse(""),
                    phase.estimate().map(Estimate::toString).orElse(""), sum.toString(), phase.note(),
                    phase.items().stream().map(item -> item(phase, item, wiki)).toList()));
        }
        List<Link> postponed = p.postponed().stream().map(x -> wiki.link(x.ref(), x.reason())).toList();
        return new PathPage(p, wiki.html(p.body()), phases, total.toString(),
                p.statedTotal().map(Estimate::toString).orElse(""), postponed);
    }

    private static ItemLine item(Phase phase, PathItem item, Wiki wiki) {
        Link link = item.ref().map(wiki::link).orElse(new Link("", item.title(), ""));
        Minutes m = minutesOf(item, wiki);
        return new ItemLine(Labels.token(item.type()), link, phase.modeOf(item).map(Labels::token).orElse(""),
                m.value() == 0 ? "" : m.toString(), item.note());
    }

    private static Minutes minutesOf(PathItem item, Wiki wiki) {
        return Details.minutesOf(item, wiki.kb());
    }
}
