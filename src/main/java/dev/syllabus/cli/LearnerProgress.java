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
        try (Database db = Database.open(address)) {
            ProgressStore store = new JdbcProgressStore(db);
            KnowledgeBase knowledge = kb.get();
            store.applyRenames(knowledge.renames());
            return Standing.of(knowledge, store.progress(LearnerId.LOCAL));
        }
    }
}
