package dev.syllabus.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.search.ClientDocument;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index of a static copy, as a script that sets {@code window.SyllabusSearchIndex}: a script file loads
 * from {@code file://}, where fetching JSON is refused. It holds the server index's documents and fields, each
 * document as an array in the order of {@link #COLUMNS}, and the fields' boosts; MiniSearch indexes it in the browser.
 */
final class SearchScript {
    /** Body text beyond this is left out: the opening of a page says what it is about, and the file stays small. */
    static final int MAX_BODY = 1500;
    static final List<String> COLUMNS = List.of("type", "slug", "title", "kind", "creators", "deepLink", "names",
            "summary", "notes", "people", "concepts", "body");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchScript() {
    }

    /** The index as a script; the same knowledge base gives the same bytes. */
    static byte[] of(KnowledgeBase kb) {
        List<List<Object>> docs = new ArrayList<>();
        for (ClientDocument d : ClientDocument.of(kb, MAX_BODY)) {
            docs.add(java.util.Arrays.asList(d.type(), d.slug(), d.title(), d.kind(), d.creators(), d.deepLink(),
                    d.names(), d.summary(), d.notes(), d.people(), d.concepts(), d.body()));
        }
        var index = new java.util.LinkedHashMap<String, Object>();
        index.put("columns", COLUMNS);
        index.put("weights", ClientDocument.WEIGHTS);
        index.put("docs", docs);
        try {
            return ("window.SyllabusSearchIndex=" + JSON.writeValueAsString(index) + ";\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index has only strings and lists", e);
        }
    }
}
