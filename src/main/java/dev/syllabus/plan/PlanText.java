package dev.syllabus.plan;

import dev.syllabus.kb.Slug;

import java.util.stream.Collectors;

/** A plan as plain text for the terminal. */
final class PlanText {
    private PlanText() {
    }

    static String render(Plan plan) {
        return render(plan, false);
    }

    /** With {@code fullWhy}, each step also gives the whole prerequisite chain from the goal. */
    static String render(Plan plan, boolean fullWhy) {
        StringBuilder b = new StringBuilder();
        b.append("Study plan for ").append(plan.request().goals().stream().map(Slug::value).collect(Collectors.joining(", ")))
                .append('\n').append(ItemText.heading(plan)).append('\n');
        b.append("Total ").append(plan.total()).append(" in ").append(plan.steps().size()).append(plan.steps().size() == 1 ? " step" : " steps");
        b.append(plan.budget().message().isEmpty() ? ", no budget" : ". " + plan.budget().message()).append('\n');
        plan.schedule().ifPresent(s -> b.append("Pace ").append(ItemText.pace(s)).append('\n'));
        plan.steps().forEach(s -> step(b, s, fullWhy));
        if (!plan.omitted().isEmpty()) {
            b.append("\nLeft out:\n");
            plan.omitted().forEach(o -> b.append("  - ").append(o.slug()).append(" (").append(o.title()).append("): ")
                    .append(o.reason()).append('\n'));
        }
        return b.toString();
    }

    private static void step(StringBuilder b, Step s, boolean fullWhy) {
        // Padded by hand: a Formatter loads the locale's number symbols, 10 ms of a command's cold start.
        b.append('\n').append(s.order() < 10 ? " " : "").append(s.order()).append(". ").append(s.title());
        b.append(" — ").append(s.minutes()).append(" (total ").append(s.cumulative()).append(')');
        s.date().ifPresent(d -> b.append(" · ").append(ItemText.day(d)).append(' ').append(d));
        b.append('\n');
        s.coveredBy().ifPresent(c -> b.append("    Also taught by step ").append(c.step()).append(" (").append(c.title()).append(")\n"));
        for (StudyItem i : s.items()) {
            b.append("    - ").append(ItemText.describe(i, "\"" + i.title() + "\"")).append('\n');
            b.append("      ").append(ItemText.where(i)).append('\n');
            if (!i.note().isEmpty()) {
                b.append("      ").append(i.note()).append('\n');
            }
            if (!i.advice().isEmpty()) {
                b.append("      Advice: ").append(i.advice()).append('\n');
            }
        }
        b.append("    Why: ").append(s.reason()).append('\n');
        for (Step.Also a : s.also()) {
            b.append(s.kind() == Step.Kind.RESOURCE ? "    Covers " : "    Also covers ").append(a.title()).append(": ").append(a.reason()).append('\n');
        }
        if (fullWhy && !s.chain().isEmpty()) {
            b.append("    Chain: ").append(s.chain()).append('\n');
        }
    }
}
