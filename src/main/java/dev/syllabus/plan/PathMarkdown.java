package dev.syllabus.plan;

/** A curated path's report as Markdown. */
final class PathMarkdown {
    private PathMarkdown() {
    }

    static String render(PathReport r) {
        StringBuilder b = new StringBuilder();
        heading(b, r);
        for (PathReport.Phase p : r.phases()) {
            b.append("\n## ").append(p.number()).append(". ").append(PlanMarkdown.escape(p.title())).append("\n\n")
                    .append("Items: ").append(p.total()).append(p.estimate().map(e -> " · stated: " + e).orElse(""))
                    .append(p.mode().map(m -> " · " + m.id().replace('-', ' ')).orElse("")).append("\n\n");
            if (!p.note().isEmpty()) {
                b.append(PlanMarkdown.escape(p.note())).append("\n\n");
            }
            p.items().forEach(i -> item(b, i));
        }
        if (!r.postponed().isEmpty()) {
            b.append("\n## Postponed\n\n");
            r.postponed().forEach(o -> b.append("- **").append(PlanMarkdown.escape(o.title())).append("** (`")
                    .append(o.slug()).append("`): ").append(PlanMarkdown.escape(o.reason())).append('\n'));
        }
        return b.toString();
    }

    private static void heading(StringBuilder b, PathReport r) {
        b.append("# ").append(PlanMarkdown.escape(r.title())).append("\n\n");
        if (!r.audience().isEmpty()) {
            b.append("*For:* ").append(PlanMarkdown.escape(r.audience())).append("  \n");
        }
        if (!r.assumes().isEmpty()) {
            b.append("*Assumes:* ").append(PlanMarkdown.escape(r.assumes())).append("  \n");
        }
        b.append("**Total: ").append(r.total()).append("**").append(r.statedTotal().map(t -> " (the curator states "
                + t + ": " + (r.withinStatedTotal() ? "within it)" : "outside it)")).orElse("")).append('\n');
        r.schedule().ifPresent(s -> b.append("\nPace: ").append(ItemText.pace(s)).append(".\n"));
    }

    private static void item(StringBuilder b, PathReport.Item i) {
        String title = PlanMarkdown.escape(i.title());
        String linked = i.material().flatMap(StudyItem::link).map(l -> "[" + title + "](<" + l + ">)").orElse(title);
        b.append("- ").append(ItemText.type(i.type())).append(" **").append(linked).append("**")
                .append(i.mode().map(m -> ", " + m.id().replace('-', ' ')).orElse("")).append(", ").append(i.minutes());
        if (!i.note().isEmpty()) {
            b.append(". ").append(PlanMarkdown.escape(i.note()));
        }
        i.material().filter(m -> !m.advice().isEmpty())
                .ifPresent(m -> b.append(" *Advice:* ").append(PlanMarkdown.escape(m.advice())));
        b.append('\n');
    }
}
