package dev.syllabus.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Highlighted snippets: about {@value #LENGTH} characters from the first field in {@link Field#SNIPPET_ORDER} that has
 * a word of the query, HTML-escaped with the matched words in {@code <mark>}. A hit that matched only in its title
 * gets the start of its summary, escaped and unmarked.
 * <p>
 * The text is in memory, so the field is analysed again, as the index analysed it, up to the end of the passage
 * around the first match. Lucene's highlighters need offsets in the postings or an index per document, and either
 * costs more than the ranking of the whole page.
 */
final class Snippets {
    static final int LENGTH = 160;
    /** How far into a field's text a snippet looks for a first match. */
    private static final int SCAN_LIMIT = 4_000;
    /** How far before the first match a passage may start, to begin at a sentence rather than mid-way. */
    private static final int LEAD = 60;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private final Analyzer analyzer;

    Snippets(TextAnalysis analysis) {
        this.analyzer = analysis.index();
    }

    /** One snippet per document, in order; {@code terms} empty gives every document its description. */
    List<String> of(Set<String> terms, List<SearchDocument> documents) {
        List<String> out = new ArrayList<>();
        for (SearchDocument document : documents) {
            out.add(terms.isEmpty() ? description(document) : highlight(terms, document).orElseGet(() -> description(document)));
        }
        return out;
    }

    private Optional<String> highlight(Set<String> terms, SearchDocument document) {
        for (Field field : Field.SNIPPET_ORDER) {
            for (String value : document.values(field)) {
                List<int[]> marks = matches(field, value, terms);
                if (!marks.isEmpty()) {
                    return Optional.of(passage(value, marks));
                }
            }
        }
        return Optional.empty();
    }

    /** The offsets of the words of {@code text} that are query terms, up to a passage's length after the first. */
    private List<int[]> matches(Field field, String text, Set<String> terms) {
        List<int[]> marks = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field.id(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                boolean pastPassage = !marks.isEmpty() && offset.endOffset() > marks.get(0)[0] + LENGTH;
                // A text that has not matched by then is not worth reading on: the hit gets its description.
                if (pastPassage || marks.isEmpty() && offset.startOffset() > SCAN_LIMIT) {
                    break;
                }
                if (terms.contains(term.toString())) {
                    marks.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return marks;
    }

    /** The passage around the first match: from the sentence it is in when that starts close enough before it. */
    private static String passage(String text, List<int[]> marks) {
        int first = marks.get(0)[0];
        int from = passageStart(text, first);
        int to = Math.min(text.length(), from + LENGTH);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > first ? space : to;
            // Never end between the two halves of a character outside the basic plane (an emoji, say).
            to = Character.isHighSurrogate(text.charAt(to - 1)) ? to - 1 : to;
        }
        StringBuilder out = new StringBuilder(LENGTH + 40);
        out.append(from > 0 ? "… " : "");
        int at = from;
        for (int[] mark : marks) {
            if (mark[0] < at || mark[1] > to) {
                continue;
            }
            out.append(escape(flat(text.substring(at, mark[0])))).append(OPEN)
                    .append(escape(flat(text.substring(mark[0], mark[1])))).append(CLOSE);
            at = mark[1];
        }
        out.append(escape(flat(text.substring(at, to))));
        return (to < text.length() ? out.append(" …") : out).toString().strip();
    }

    private static int passageStart(String text, int first) {
        for (int i = first - 1; i >= Math.max(0, first - LEAD); i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i + 1 < first && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 2;
            }
        }
        if (first <= LEAD) {
            return 0;
        }
        int space = text.indexOf(' ', first - LEAD / 2);
        return space >= 0 && space < first ? space + 1 : first;
    }

    private static String flat(String text) {
        return SPACES.matcher(text).replaceAll(" ");
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
