package dev.syllabus.web;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.KnowledgeBase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server shows for one loaded knowledge base, computed once when the content is loaded: every entity
 * page and API document rendered with its ETag, the laid-out graph, and the warnings validation reported. A content
 * change builds a new Site and swaps it in whole, so a request never sees half of one and half of another.
 */
record Site(LoadedContent content, Wiki wiki, Map<String, Rendered> pages, Map<String, Rendered> documents,
            GraphPicture graph, List<Finding> warnings, Instant loadedAt, Features features, ResponseCache cache) {
    Site {
        pages = Map.copyOf(pages);
        documents = Map.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    KnowledgeBase kb() {
        return wiki.kb();
    }

    /** A pre-rendered HTML page by its path, such as {@code /concepts/self-attention}. */
    Optional<Rendered> page(String path) {
        return Optional.ofNullable(pages.get(path));
    }

    /** A pre-rendered API document by its path, such as {@code /api/v1/concepts/self-attention}. */
    Optional<Rendered> document(String path) {
        return Optional.ofNullable(documents.get(path));
    }
}
