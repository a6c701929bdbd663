package dev.syllabus.cli;

import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.progress.Database;
import dev.syllabus.progress.JdbcProgressStore;
import dev.syllabus.progress.ProgressStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** {@code syllabus progress ...}: the learner's own progress, kept in the embedded database by default. */
@Command(name = "progress", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Mark concepts, resources, segments and path items as learning, done or skipped; show, export, "
                + "import or reset your progress.",
        subcommands = {ProgressMark.class, ProgressShow.class, ProgressExport.class, ProgressImport.class, ProgressReset.class})
final class ProgressCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every progress subcommand shares: the content, the database and the output. */
    static final class Shared {
        @Mixin
        ContentOption content;

        @Mixin
        DatabaseOption database;

        /** An open store with the content's renames applied, so progress under a former slug shows under the new one. */
        Session open() {
            LoadedContent loaded = content.load();
            Database db = database.openForCommand();
            ProgressStore store = new JdbcProgressStore(db);
            try {
                store.applyRenames(loaded.kb().renames());
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return new Session(loaded.kb(), db, store);
        }
    }

    /** An open database with the knowledge base it is read against. */
    record Session(KnowledgeBase kb, Database db, ProgressStore store) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
        }
    }

    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }
}
