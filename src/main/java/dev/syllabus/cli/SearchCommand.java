package dev.syllabus.cli;

import dev.syllabus.content.ContentSnapshot;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.search.Hit;
import dev.syllabus.search.SearchIndex;
import dev.syllabus.search.SearchQuery;
import dev.syllabus.search.SearchResults;
import dev.syllabus.view.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code syllabus search QUERY}: ranked hits over the knowledge base, down to the minute of a video. */
@Command(name = "search", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Search concepts, papers, resources, creators, paths and guides, and every segment of a video "
                + "or book.", "Quote a phrase to match it as written; misspellings of five letters or more are corrected."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    ContentOption content;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for, e.g. \"causal masking\", rope, chinchilla.")
    String query;

    @Option(names = "--type", paramLabel = "T", description = "Hits of one type: concept, paper, resource, segment, creator, path, guide.")
    String type;

    @Option(names = "--kind", paramLabel = "K", description = "Resources and segments of this kind only (video, blog-post, paper, ...).")
    String kind;

    @Option(names = "--creator", paramLabel = "SLUG", description = "Resources and segments by this creator only.")
    String creator;

    @Option(names = "--area", paramLabel = "A", description = "Hits about this curriculum area only.")
    String area;

    @Option(names = "--level", paramLabel = "L", description = "introductory, intermediate or advanced.")
    String level;

    @Option(names = "--access", paramLabel = "A", description = "free, registration or paid.")
    String access;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show, 1 to 100. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, for the next page. Default: ${DEFAULT-VALUE}.")
    int offset;

    @Mixin
    FormatOption output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SearchQuery q = SearchQuery.builder(query).type(type).kind(kind).creator(creator).area(area).level(level)
                .access(access).limit(limit).offset(offset).build();
        if (query.isBlank() && !q.filtered()) {
            throw new UsageError("the query is empty: write what to search for, e.g. syllabus search \"causal masking\", "
                    + "or give a filter such as --kind video to list everything of that kind");
        }
        ContentSnapshot.Loaded loaded = content.loadCached();
        Supplier<KnowledgeBase> kb = () -> loaded.content().kb();
        SearchIndex index = loaded.key().map(key -> SearchIndex.cached(kb, key, content.cache()))
                .orElseGet(() -> SearchIndex.build(kb.get()));
        SearchResults results = index.search(q);
        if (output.json()) {
            results.notices().forEach(n -> spec.commandLine().getErr().println("syllabus: " + n));
            spec.commandLine().getOut().println(Json.pretty(results.hits()));
        } else {
            printText(spec.commandLine().getOut(), results);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static void printText(PrintWriter out, SearchResults results) {
        results.notices().forEach(n -> out.println("Note: " + n));
        if (results.hits().isEmpty()) {
            out.println(results.total() == 0 ? "No results." : "No more results: there are " + results.total() + ".");
            return;
        }
        int rank = results.offset();
        for (Hit hit : results.hits()) {
            // Concatenated rather than printf'd: a Formatter loads the locale's number symbols, 10 ms of a cold start.
            rank++;
            out.println((rank < 10 ? " " : "") + rank + ". " + hit.title() + "  [" + hit.type()
                    + (hit.kind() == null ? "" : " " + hit.kind()) + " " + hit.slug() + "]");
            if (!hit.snippet().isEmpty()) {
                out.println("    " + hit.plainSnippet());
            }
            if (hit.deepLink() != null) {
                out.println("    " + hit.deepLink());
            }
        }
        out.println(rank + " of " + results.total() + " results.");
    }
}
