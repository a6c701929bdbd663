package dev.syllabus.cli;

import dev.syllabus.progress.LearnerId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code syllabus progress reset --yes}: forgets all progress (export first to keep a copy). */
@Command(name = "reset", mixinStandardHelpOptions = true, description = "Forget all your marks, notes and logged time.")
final class ProgressReset implements Callable<Integer> {
    @Option(names = "--yes", description = "Confirm: without it nothing is removed.")
    boolean yes;

    @Mixin
    ProgressCommand.Shared shared;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!yes) {
            throw new UsageError("reset removes all progress: run it again with --yes (and 'syllabus progress export FILE' "
                    + "first to keep a copy)");
        }
        try (ProgressCommand.Session session = shared.open()) {
            session.store().reset(LearnerId.LOCAL);
            ProgressCommand.out(spec).println("progress reset in " + session.db().address());
        }
        return 0;
    }
}
