package dev.syllabus.cli;

import dev.syllabus.plan.Omission;
import dev.syllabus.plan.PathResume;
import dev.syllabus.plan.Plan;
import dev.syllabus.plan.Step;
import dev.syllabus.plan.StudyItem;
import dev.syllabus.progress.Unlocks;

import java.util.List;
import java.util.stream.Collectors;

/** How the commands that plan from progress word it for the terminal: what a path left out, what is next, what opens. */
final class ProgressText {
    private ProgressText() {
    }

    static String pathDone(PathResume r) {
        StringBuilder b = new StringBuilder("\n").append(progressLine(r)).append("\nLeft out as done:\n");
        r.done().forEach(o -> omission(b, o));
        return b.toString();
    }

    static String progressLine(PathResume r) {
        return "Progress: " + r.doneItems() + " of " + r.items() + " items done (" + r.percentDone() + "%), "
                + r.doneMinutes() + " of " + r.totalMinutes() + ".";
    }

    private static void omission(StringBuilder b, Omission o) {
        b.append("  - ").append(o.title()).append(": ").append(o.reason()).append('\n');
    }

    static String nextOnPath(PathResume r) {
        StringBuilder b = new StringBuilder(r.report().title()).append(": ").append(progressLine(r)).append('\n');
        r.next().ifPresentOrElse(i -> b.append("Next: ").append(i.title()).append(" (").append(i.minutes()).append(')')
                        .append(i.material().flatMap(StudyItem::link).map(l -> "\n  " + l).orElse("")).append('\n'),
                () -> b.append("Every item of the path is done.\n"));
        return b.toString();
    }

    static String nextInPlan(Plan plan) {
        if (plan.steps().isEmpty()) {
            return "Nothing left to study for " + goals(plan) + ": everything it needs is known or done.\n";
        }
        Step s = plan.steps().get(0);
        StringBuilder b = new StringBuilder("Next for ").append(goals(plan)).append(": ").append(s.title()).append(" (")
                .append(s.minutes()).append("; ").append(plan.steps().size()).append(plan.steps().size() == 1 ? " step, " : " steps, ").append(plan.total())
                .append(" left)\n");
        for (StudyItem i : s.items()) {
            b.append("  - ").append(i.title()).append(i.link().map(l -> " " + l).orElse("")).append('\n');
            if (!i.note().isEmpty()) {
                b.append("    ").append(i.note()).append('\n');
            }
        }
        b.append("  Why: ").append(s.reason()).append('\n');
        long done = plan.omitted().stream().filter(o -> o.reason().startsWith("Done") || o.reason().startsWith("You")).count();
        if (done > 0) {
            b.append("  (").append(done).append(done == 1 ? " thing" : " things").append(" left out as known or done: 'syllabus plan' lists them)\n");
        }
        return b.toString();
    }

    static String unlocks(Unlocks u, String title) {
        StringBuilder b = new StringBuilder("Knowing ").append(title).append(" unlocks:\n");
        if (u.ready().isEmpty() && u.waiting().isEmpty()) {
            b.append("  nothing more: no concept lists it as a prerequisite.\n");
        }
        u.ready().forEach(o -> b.append("  - ").append(o.title()).append(" (").append(o.concept()).append("): ready\n"));
        u.waiting().forEach(o -> b.append("  - ").append(o.title()).append(" (").append(o.concept()).append("): still needs ")
                .append(o.stillNeeds().stream().map(Object::toString).collect(Collectors.joining(", "))).append('\n'));
        return b.toString();
    }

    static String frontier(List<Unlocks.Opened> ready, List<String> started) {
        StringBuilder b = new StringBuilder();
        if (!started.isEmpty()) {
            b.append("In progress:\n");
            started.forEach(s -> b.append("  - ").append(s).append('\n'));
        }
        if (ready.isEmpty()) {
            b.append(started.isEmpty() ? "Nothing is marked yet: mark what you know with 'syllabus progress mark done "
                    + "SLUG', or ask 'syllabus next --goal SLUG'.\n" : "");
        } else {
            b.append("Ready to start (every hard prerequisite known):\n");
            ready.forEach(o -> b.append("  - ").append(o.title()).append(" (").append(o.concept()).append(")\n"));
        }
        return b.toString();
    }

    private static String goals(Plan plan) {
        return plan.request().goals().stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
