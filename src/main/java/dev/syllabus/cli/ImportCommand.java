package dev.syllabus.cli;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.ingest.ImportReport;
import dev.syllabus.ingest.Importer;
import dev.syllabus.ingest.SourceDocument;
import dev.syllabus.ingest.SourceFiles;
import dev.syllabus.view.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code syllabus import FILE...}: finds the resources curated guides name, matches them, and writes drafts and merges. */
@Command(name = "import", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Import the resources that Markdown, plain-text or HTML guides name: report which are new, already known, "
                + "merged with new facts, conflicting or skipped; with --into, write new ones as drafts and merge new facts.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Markdown, text or HTML documents; - reads standard input.")
    List<String> files;

    @Option(names = "--into", paramLabel = "DIR",
            description = "Content directory to match against and write into (drafts for new entities, merged facts).")
    Path into;

    @Mixin
    ContentOption content;

    @Option(names = "--dry-run", description = "Report what would be written and write nothing; without --into, the report "
            + "against the bundled or --content knowledge base.")
    boolean dryRun;

    @Mixin
    FormatOption output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadedContent kb = knowledgeBase();
        List<SourceDocument> documents = new ArrayList<>();
        for (String f : files) {
            documents.add(read(f));
        }
        ImportReport report = Importer.run(documents, kb, Optional.ofNullable(into), dryRun);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.pretty(ImportText.view(report)));
        } else {
            ImportText.print(report, into, out);
        }
        out.flush();
        return 0;
    }

    private LoadedContent knowledgeBase() {
        if (into == null) {
            // Without --into nothing is written anyway: a dry run is the report against the bundled or --content knowledge base.
            return content.load();
        }
        if (content.directory != null) {
            throw new UsageError("give either --into DIR (match against it and write into it) or --content DIR (only match), not both");
        }
        if (!Files.isDirectory(into)) {
            throw new UsageError("--into " + into + ": no such directory; create it (mkdir -p " + into + ") or point --into at a "
                    + "content directory such as content/");
        }
        if (!dryRun && Importer.recover(into) > 0) {
            spec.commandLine().getErr().println("completed an import into " + into + " that was interrupted earlier");
        }
        return ContentLoader.load(into);
    }

    private SourceDocument read(String file) {
        if (file.equals("-")) {
            return SourceFiles.read("<stdin>", System.in);
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new UsageError(file + ": no such file" + (Files.isDirectory(p) ? " (it is a directory: name the guides in it)" : ""));
        }
        return SourceFiles.read(p);
    }
}
