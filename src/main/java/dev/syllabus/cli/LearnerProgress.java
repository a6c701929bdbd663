package dev.syllabus.cli;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.progress.Database;
import dev.syllabus.progress.DatabaseAddress;
import dev.syllabus.progress.JdbcProgressStore;
import dev.syllabus.progress.LearnerId;
import dev.syllabus.progress.Progress;
import dev.syllabus.progress.ProgressStore;
import dev.syllabus.progress.Standing;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The options of the commands that plan from the learner's progress ({@code plan}, {@code path}, {@code next}): the
 * database, and a way to plan as if nothing were done. A single-user database that does not exist yet means no
 * progress; it is not created by reading.
 */
final class LearnerProgress {
    @Mixin
    DatabaseOption database;

    @Option(names = "--ignore-progress", description = "Plan as if nothing were marked: leave out only what --known names.")
    boolean ignore;

    /**
     * Starts preparing to open the progress database ({@link Database#prepareInBackground}) when {@code args} run a
     * command that will open an SQLite one ({@link #opensSqlite}). Called before picocli parses the arguments.
     */
    static void prepare(String... args) {
        if (opensSqlite(System.getenv(), args)) {
            Database.prepareInBackground(args[0].equals("serve"));
        }
    }

    /**
     * Whether {@code args}, read as they are, run a command that will open an SQLite progress database: plan, path or
     * next, not told to ignore progress, with an SQLite file named or the default one present; serve, unless it serves
     * without progress (it creates the database). A request for help, an argument file or a database that is no SQLite
     * file (or no address at all, which the command will report) prepares nothing.
     */
    static boolean opensSqlite(Map<String, String> env, String... args) {
        if (args.length == 0 || !(PLANNERS.contains(args[0]) || args[0].equals("serve"))) {
            return false;
        }
        Optional<String> named = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (Main.HELP.contains(a) || a.equals("--ignore-progress") || a.equals("--no-progress") || a.startsWith("@")) {
                return false;
            }
            if (a.equals("--database") && i + 1 < args.length) {
                named = Optional.of(args[i + 1]);
            } else if (a.startsWith("--database=")) {
                named = Optional.of(a.substring("--database=".length()));
            }
        }
        try {
            Optional<Path> file = DatabaseAddress.resolve(named, env).file();
            return file.isPresent() && (args[0].equals("serve") || named.isPresent() || Files.exists(file.get()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final Set<String> PLANNERS = Set.of("plan", "path", "next");

    /**
     * Where the local learner stands, with the content's renames applied first. The database is opened before
     * {@code kb} is asked for, so a knowledge base still being read from the cache is read meanwhile (start-up); so
     * when both the database and the content are broken, the database's failure is the one reported.
     */
    Standing standing(Supplier<KnowledgeBase> kb) {
        if (ignore) {
            return Standing.of(kb.get(), Progress.empty());
        }
        DatabaseAddress address = database.address();
        if (address.file().isPresent() && !Files.exists(address.file().get())) {
            return Standing.of(kb.get(), Progress.empty());
        }
        try (Database db = Database.openForCommand(address)) {
            ProgressStore store = new JdbcProgressStore(db);
            KnowledgeBase knowledge = kb.get();
            store.applyRenames(knowledge.renames());
            return Standing.of(knowledge, store.progress(LearnerId.LOCAL));
        }
    }
}
