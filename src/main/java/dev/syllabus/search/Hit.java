package dev.syllabus.search;

import java.util.List;

/**
 * One search result, in the shape the CLI's and the web API's JSON use. {@code snippet} is HTML-escaped text in which
 * the matched words are wrapped in {@code <mark>...</mark>}: it is safe to insert into a page as HTML as it is, and must
 * not be escaped again. {@code deepLink} opens a segment at its start time or at its own address, and is null for a
 * segment that has neither; for whole entities it equals {@code url}.
 * {@code kind} is the resource kind ({@code paper} for papers, the creator kind for creators); absent values are null.
 */
public record Hit(String type, String slug, String title, String kind, List<String> creators, String url,
                  String deepLink, String snippet, double score) {
    public Hit {
        creators = List.copyOf(creators);
    }

    /** The snippet for a terminal: highlights shown as [brackets], HTML entities decoded. */
    public String plainSnippet() {
        return Snippets.toPlainText(snippet);
    }
}
