package dev.syllabus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Set;

/** Entry point of the {@code syllabus} command: parses arguments and maps failures to exit codes without stack traces. */
@Command(name = "syllabus", mixinStandardHelpOptions = true, version = "syllabus 0.1.0", addMethodSubcommands = false,
        description = "A prerequisite-aware knowledge base, planner and wiki for learning deep learning for NLP.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (for validate: the content has errors)", "2:usage error"})
public final class Main implements Runnable {
    /**
     * The subcommands' names, in the order the help lists them. Picocli reads a command's annotations by reflection
     * when it is added, a third of a second of start-up for all of them (measured with JFR), so a run that names one
     * builds only that one ({@link #command}).
     */
    static final List<String> COMMANDS = List.of("validate", "list", "show", "plan", "path", "search", "serve",
            "export-site", "import", "check-links", "lab", "progress", "next", "accounts");

    /** The commands that read the bundled knowledge base unless told another, and only read it. */
    private static final Set<String> READERS = Set.of("search", "plan", "path", "next", "show", "list");
    /** The options that ask for help or the version instead of running a command. */
    static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    private static final String COMMON_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Picocli registers converters for the java.time and java.sql types by reflection when it starts, which
        // initialises java.time's formatters and locale data: ~8 ms of every start. No option here takes such a type
        // without a converter of its own.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.(time|sql)\\..*");
        }
        // On one or two cores the common pool has a parallelism of 1, and CompletableFuture then starts a new thread for
        // every async task; the JDK's HttpClient hands each response over that way, so check-links started a thread per
        // request (2,480 threads, a third of its CPU, measured with JFR). Set before any class reads it.
        if (System.getProperty(COMMON_PARALLELISM) == null) {
            System.setProperty(COMMON_PARALLELISM, String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors() - 1)));
        }
        boolean search = args.length > 0 && args[0].equals("search");
        if (readsBundledContent(args)) {
            if (search) {
                ContentOption.startBundledSearch();
            } else {
                ContentOption.startBundled();
            }
        } else if (search) {
            dev.syllabus.search.SearchIndex.initialiseInBackground();
        }
        LearnerProgress.prepare(args);
        System.exit(run(args));
    }

    /**
     * Whether the arguments run a read-only command on the bundled content: no --content, no argument file (which may
     * hold one), no request for help or the version.
     */
    static boolean readsBundledContent(String... args) {
        if (args.length == 0 || !READERS.contains(args[0])) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--content") || a.startsWith("--content=") || a.startsWith("@") || HELP.contains(a)) {
                return false;
            }
        }
        return true;
    }

    /** Runs the command line and returns its exit code; the tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** The command line for these arguments: only the subcommand they name, or every one (for help and mistakes). */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Object named = args.length == 0 ? null : command(args[0]);
        if (named != null) {
            cli.addSubcommand(named);
        } else {
            for (String name : COMMANDS) {
                cli.addSubcommand(command(name));
            }
        }
        // Settings made after the subcommands are added reach them too.
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /**
     * A new instance of the command named {@code name}, or null when there is none. A switch rather than a map of
     * constructor references: linking fourteen of those took 20 ms of every start (async-profiler).
     */
    static Object command(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand();
            case "list" -> new ListCommand();
            case "show" -> new ShowCommand();
            case "plan" -> new PlanCommand();
            case "path" -> new PathCommand();
            case "search" -> new SearchCommand();
            case "serve" -> new ServeCommand();
            case "export-site" -> new ExportSiteCommand();
            case "import" -> new ImportCommand();
            case "check-links" -> new CheckLinksCommand();
            case "lab" -> new LabCommand();
            case "progress" -> new ProgressCommand();
            case "next" -> new NextCommand();
            case "accounts" -> new AccountsCommand();
            default -> null;
        };
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
