package dev.syllabus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code syllabus} command: parses arguments and maps failures to exit codes without stack traces. */
@Command(name = "syllabus", mixinStandardHelpOptions = true, version = "syllabus 0.1.0",
        description = "A prerequisite-aware knowledge base, planner and wiki for learning deep learning for NLP.",
        subcommands = {ValidateCommand.class, ListCommand.class, ShowCommand.class, PlanCommand.class, PathCommand.class,
                SearchCommand.class, ServeCommand.class, ExportSiteCommand.class, ImportCommand.class, CheckLinksCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (for validate: the content has errors)", "2:usage error"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; the tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
