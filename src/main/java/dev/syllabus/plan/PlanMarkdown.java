package dev.syllabus.plan;

import dev.syllabus.kb.Slug;

import java.util.stream.Collectors;

/** A plan as Markdown, for saving, sharing and the web's download. */
final class PlanMarkdown {
    private PlanMarkdown() {
    }

    static String render(Plan plan) {
        return render(plan, false);
    }

    /** With {@code fullWhy}, each step also gives the whole prerequisite chain from the goal. */
    static String render(Plan plan, boolean fullWhy) {
        StringBuilder b = new StringBuilder();
        b.append("# Study plan for ").append(escape(plan.request().goals().stream().map(Slug::value)
                .collect(Collectors.joining(", ")))).append("\n\n");
        b.append(capitalised(ItemText.heading(plan))).append(".\n\n");
        b.append("**Total: ").append(plan.total()).append("** in ").append(plan.steps().size()).append(plan.steps().size() == 1 ? " step" : " steps. ")
                .append(plan.budget().message().isEmpty() ? "No budget." : escape(plan.budget().message())).append('\n');
        plan.schedule().ifPresent(s -> b.append("\nPace: ").append(ItemText.pace(s)).append(".\n"));
        plan.steps().forEach(s -> step(b, s, fullWhy));
        if (!plan.omitted().isEmpty()) {
            b.append("\n## Left out\n\n");
            plan.omitted().forEach(o -> b.append("- **").append(escape(o.title())).append("** (`").append(o.slug())
                    .append("`): ").append(escape(o.reason())).append('\n'));
        }
        return b.toString();
    }

    private static void step(StringBuilder b, Step s, boolean fullWhy) {
        b.append("\n## ").append(s.order()).append(". ").append(escape(s.title())).append("\n\n");
        b.append(s.minutes()).append(" (total ").append(s.cumulative()).append(").");
        s.date().ifPresent(d -> b.append(" *").append(ItemText.day(d)).append(' ').append(d).append('*'));
        s.coveredBy().ifPresent(c -> b.append(" Also taught by step ").append(c.step())
                .append(" (").append(escape(c.title())).append(")."));
        b.append("\n\n");
        for (StudyItem i : s.items()) {
            String title = i.link().map(l -> "[" + escape(i.title()) + "](<" + l + ">)")
                    .orElse(i.isPage() ? "[" + escape(i.title()) + "](</concepts/" + i.slug() + ">)" : escape(i.title()));
            b.append("- ").append(ItemText.describe(i, "**" + title + "**"));
            if (!i.note().isEmpty()) {
                b.append(". ").append(escape(i.note()));
            }
            if (!i.advice().isEmpty()) {
                b.append(" *Advice:* ").append(escape(i.advice()));
            }
            b.append('\n');
        }
        b.append(s.items().isEmpty() ? "" : "\n").append("*Why:* ").append(escape(s.reason())).append('\n');
        for (Step.Also a : s.also()) {
            b.append(s.kind() == Step.Kind.RESOURCE ? "\n*Covers " : "\n*Also covers ").append(escape(a.title())).append(":* ").append(escape(a.reason())).append('\n');
        }
        if (fullWhy && !s.chain().isEmpty()) {
            b.append("\n*Chain:* ").append(escape(s.chain())).append('\n');
        }
    }

    /** Escapes the characters Markdown would read as formatting in free text. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
