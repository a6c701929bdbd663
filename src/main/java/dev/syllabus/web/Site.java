package dev.syllabus.web;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.KnowledgeBase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Everything the server shows for one loaded knowledge base: every entity page and API document, each rendered with
 * its ETag once, on its first request; the search index and planner, built in the background from the moment the
 * content is loaded; and the warnings validation reported. A content change builds a new Site and swaps it in whole,
 * so a request never sees half of one and half of another.
 */
record Site(LoadedContent content, Wiki wiki, Map<String, Supplier<Rendered>> pages,
            Map<String, Supplier<Rendered>> documents, List<Finding> warnings, Instant loadedAt,
            CompletableFuture<Features> building, ResponseCache cache) {
    Site {
        pages = Map.copyOf(pages);
        documents = Map.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    KnowledgeBase kb() {
        return wiki.kb();
    }

    /** The search index and planner, waiting for them if they are still being built. */
    Features features() {
        return building.join();
    }

    /** A pre-rendered HTML page by its path, such as {@code /concepts/self-attention}. */
    Optional<Rendered> page(String path) {
        return Optional.ofNullable(pages.get(path)).map(Supplier::get);
    }

    /** A pre-rendered API document by its path, such as {@code /api/v1/concepts/self-attention}. */
    Optional<Rendered> document(String path) {
        return Optional.ofNullable(documents.get(path)).map(Supplier::get);
    }
}
