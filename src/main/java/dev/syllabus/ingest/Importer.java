package dev.syllabus.ingest;

import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.Entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports curated guides into a knowledge base: finds every resource the documents mention, matches each against the
 * knowledge base and the rest of the input, and (given a content directory to write to) writes drafts for new
 * resources and creators and merges new facts into existing files, all at once or not at all.
 */
public final class Importer {
    private Importer() {
    }

    /**
     * @param content the knowledge base to match against; with {@code into}, the one loaded from that directory
     * @param into    the content directory to write to; empty to only report
     * @param dryRun  report what would be written, write nothing
     */
    public static ImportReport run(List<SourceDocument> documents, LoadedContent content, Optional<Path> into, boolean dryRun) {
        List<Mention> mentions = new ArrayList<>();
        documents.forEach(d -> mentions.addAll(d.mentions()));
        KnownContent known = new KnownContent(content);
        Reconciler.Plan plan = Reconciler.plan(LabelCreators.apply(mentions, known), known);
        List<String> names = documents.stream().map(SourceDocument::name).toList();
        ImportReport report = new ImportReport(names, plan.items(), List.of(), dryRun);
        if (into.isEmpty()) {
            return report;
        }
        Map<String, String> originals = new LinkedHashMap<>();
        Map<String, String> files = files(plan, known, into.get(), originals);
        if (!dryRun && !files.isEmpty()) {
            StagedWrite.apply(into.get(), files, originals);
        }
        return report.withWritten(List.copyOf(files.keySet()));
    }

    /** Every file to write, relative to the content directory, with its full new text. */
    private static Map<String, String> files(Reconciler.Plan plan, KnownContent known, Path root, Map<String, String> originals) {
        Map<String, String> files = new LinkedHashMap<>();
        for (NewResource r : plan.resources()) {
            files.put("resources/" + r.slug() + ".md", DraftFiles.resource(r));
        }
        for (NewCreator c : plan.creators()) {
            List<Origin> origins = plan.resources().stream().filter(r -> r.creators().contains(c.slug()))
                    .flatMap(r -> r.origins().stream()).toList();
            files.put("creators/" + c.slug() + ".md", DraftFiles.creator(c, origins));
        }
        for (Map.Entry<Entity, List<Fact>> m : plan.merges().entrySet()) {
            String rel = known.fileOf(m.getKey());
            String original = read(root.resolve(rel));
            originals.put(rel, original);
            try {
                files.put(rel, FrontMatterEdit.apply(original, m.getValue()));
            } catch (IllegalStateException e) {
                throw new ImportFailure(rel + ": " + e.getMessage() + "; nothing was written");
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportFailure(file + ": could not be read to merge new facts into it (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Completes (or rolls back, when it had not reached its commit point) every import into {@code into} that a killed
     * process left half done; run before reading the content. Returns how many it completed.
     */
    public static int recover(Path into) {
        try (ImportLock lock = ImportLock.take(into)) {
            return StagedWrite.recover(into);
        }
    }

    /** Only for callers that already hold the text, such as benchmarks: find and match without touching any file. */
    public static ImportReport report(List<SourceDocument> documents, LoadedContent content) {
        return run(documents, content, Optional.empty(), true);
    }
}
