package dev.syllabus.plan;

/** A curated path's report as plain text for the terminal. */
final class PathText {
    private PathText() {
    }

    static String render(PathReport r) {
        StringBuilder b = new StringBuilder();
        heading(b, r);
        for (PathReport.Phase p : r.phases()) {
            b.append('\n').append(p.number()).append(". ").append(p.title()).append(" — items ").append(p.total())
                    .append(p.estimate().map(e -> ", stated " + e).orElse(""))
                    .append(p.mode().map(m -> ", " + m.id().replace('-', ' ')).orElse("")).append('\n');
            if (!p.note().isEmpty()) {
                b.append("   ").append(p.note()).append('\n');
            }
            p.items().forEach(i -> item(b, i));
        }
        if (!r.postponed().isEmpty()) {
            b.append("\nPostponed:\n");
            r.postponed().forEach(o -> b.append("  - ").append(o.slug()).append(" (").append(o.title()).append("): ")
                    .append(o.reason()).append('\n'));
        }
        return b.toString();
    }

    private static void heading(StringBuilder b, PathReport r) {
        b.append(r.title()).append(" (").append(r.slug()).append(")\n");
        if (!r.audience().isEmpty()) {
            b.append("For: ").append(r.audience()).append('\n');
        }
        if (!r.assumes().isEmpty()) {
            b.append("Assumes: ").append(r.assumes()).append('\n');
        }
        b.append("Total: ").append(r.total()).append(r.statedTotal().map(t -> " (the curator states " + t + ": "
                + (r.withinStatedTotal() ? "within it)" : "OUTSIDE it)")).orElse("")).append('\n');
        r.schedule().ifPresent(s -> b.append("Pace: ").append(ItemText.pace(s)).append('\n'));
    }

    private static void item(StringBuilder b, PathReport.Item i) {
        b.append("   - ").append(ItemText.type(i.type())).append(' ').append(i.slug().map(s -> s + " — ").orElse(""))
                .append(i.title()).append(i.mode().map(m -> ", " + m.id().replace('-', ' ')).orElse(""))
                .append(", ").append(i.minutes()).append('\n');
        i.material().ifPresent(m -> b.append("     ").append(m.link().orElse("(no working link: search for the title)"))
                .append('\n'));
        if (!i.note().isEmpty()) {
            b.append("     ").append(i.note()).append('\n');
        }
        i.material().filter(m -> !m.advice().isEmpty()).ifPresent(m -> b.append("     Advice: ").append(m.advice()).append('\n'));
    }
}
