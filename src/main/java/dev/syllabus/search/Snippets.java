package dev.syllabus.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Highlighted snippets: the passage of about a sentence, from the first field in {@link Field#SNIPPET_ORDER} where
 * the query matched, HTML-escaped with the matched words in {@code <mark>}. A hit that matched only in its title
 * gets the start of its summary, escaped and unmarked.
 */
final class Snippets {
    static final int LENGTH = 160;
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private final UnifiedHighlighter highlighter;

    Snippets(IndexSearcher searcher, TextAnalysis analysis) {
        highlighter = UnifiedHighlighter.builder(searcher, analysis.index())
                .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.3f))
                // Every text field is analysed alike, so a term the query sought in any field highlights in all of them.
                .withFieldMatcher(field -> true)
                .withMaxNoHighlightPassages(0)
                // Term positions and phrase checks are enough for snippets; matching whole weights costs far more.
                .withWeightMatches(false)
                .build();
    }

    /** One snippet per document, in the order of {@code docIds}. */
    List<String> of(Query query, int[] docIds, List<SearchDocument> documents) throws IOException {
        String[] snippets = new String[docIds.length];
        if (query != null) {
            // Field by field, and only for the hits still without a snippet: most find theirs in the summary.
            for (Field field : Field.SNIPPET_ORDER) {
                highlight(field, query, docIds, snippets);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            out.add(snippets[i] != null ? snippets[i] : description(documents.get(i)));
        }
        return out;
    }

    private void highlight(Field field, Query query, int[] docIds, String[] snippets) throws IOException {
        int[] missing = IntStream.range(0, docIds.length).filter(i -> snippets[i] == null).toArray();
        if (missing.length == 0) {
            return;
        }
        int[] docs = Arrays.stream(missing).map(i -> docIds[i]).toArray();
        String[] found = highlighter.highlightFields(new String[] {field.id()}, query, docs, new int[] {1}).get(field.id());
        for (int k = 0; k < missing.length; k++) {
            if (found[k] != null && !found[k].isBlank()) {
                // Values of a multi-valued field are joined by a separator character; show it as a space.
                snippets[missing[k]] = found[k].replaceAll("[\\s\\x00\\u2029]+", " ").strip();
            }
        }
    }

    /** The document's own description, for a hit whose snippet fields the query did not match. */
    private static String description(SearchDocument document) {
        for (Field field : Field.SNIPPET_ORDER) {
            List<String> values = document.values(field);
            if (!values.isEmpty()) {
                return escape(cut(values.get(0)));
            }
        }
        return "";
    }

    static String cut(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= LENGTH) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', LENGTH);
        return flat.substring(0, space > LENGTH / 2 ? space : LENGTH) + " …";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A snippet for a terminal: highlights in [brackets], entities decoded. */
    static String toPlainText(String snippet) {
        if (snippet == null) {
            return "";
        }
        return snippet.replace(OPEN, "[").replace(CLOSE, "]").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
