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
     * command that will open an SQLite one: plan, path or next, not told to ignore progress, with a database named or
     * the default one present; serve, unless it serves without progress (it creates the database). Called before
     * picocli parses the arguments, so it reads them as they are.
     */
    static void prepare(String... args) {
        if (args.length == 0 || !(PLANNERS.contains(args[0]) || args[0].equals("serve"))) {
            return;
        }
        boolean named = args[0].equals("serve");
        for (String a : args) {
            if (a.equals("--ignore-progress") || a.equals("--no-progress") || a.startsWith("@")) {
                return;
            }
            named |= a.equals("--database") || a.startsWith("--database=");
        }
        try {
            if (named || DatabaseAddress.resolve(Optional.empty(), System.getenv()).file().filter(Files::exists).isPresent()) {
                Database.prepareInBackground();
            }
        } catch (IllegalArgumentException e) {
            // A $SYLLABUS_DATABASE that is no address: the command reports it once picocli has parsed its options.
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
