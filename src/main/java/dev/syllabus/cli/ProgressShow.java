package dev.syllabus.cli;

import dev.syllabus.kb.Entity;
import dev.syllabus.progress.LearnerId;
import dev.syllabus.progress.Mark;
import dev.syllabus.progress.Progress;
import dev.syllabus.progress.TimeSpent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/** {@code syllabus progress show}: every mark with its title and date, the notes and the time logged. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "List your marks, notes and logged time.")
final class ProgressShow implements Callable<Integer> {
    @Mixin
    ProgressCommand.Shared shared;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ProgressCommand.Session session = shared.open()) {
            Progress p = session.store().progress(LearnerId.LOCAL);
            PrintWriter out = ProgressCommand.out(spec);
            out.println("Progress in " + session.db().address());
            if (p.isEmpty()) {
                out.println("nothing marked yet: try 'syllabus progress mark done SLUG'");
                return 0;
            }
            for (Mark m : p.marks()) {
                String title = session.kb().get(m.item().slug()).map(Entity::title).orElse("(no longer in the content)");
                out.printf("%-8s %s  %s  %s%n", m.status().id(), m.at().atOffset(ZoneOffset.UTC).toLocalDate(), m.item(), title);
            }
            p.notes().forEach(n -> out.println("note     " + n.at().atOffset(ZoneOffset.UTC).toLocalDate() + "  concept:"
                    + n.concept() + "  " + n.markdown().lines().findFirst().orElse("")));
            int minutes = p.times().stream().mapToInt(TimeSpent::minutes).sum();
            if (minutes > 0) {
                out.println("time logged: " + minutes + " min in " + p.times().size() + " entries");
            }
            return 0;
        }
    }
}
