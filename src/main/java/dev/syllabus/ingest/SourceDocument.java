package dev.syllabus.ingest;

import dev.syllabus.content.NestingDepth;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One document to import: the name it is reported under, its text, and whether it is HTML or Markdown (plain text is
 * read as Markdown). The format follows the file extension, else the content.
 */
public record SourceDocument(String name, String text, Format format) {
    /** How the document is marked up. */
    public enum Format { MARKDOWN, HTML }

    private static final Pattern HTML_START = Pattern.compile("(?is)\\s*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]).*");

    public SourceDocument {
        if (name == null || text == null || format == null) {
            throw new IllegalArgumentException("a source document needs a name, a text and a format");
        }
    }

    /** Decides the format from the file name, falling back to the content for unknown extensions and standard input. */
    public static SourceDocument of(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
                || !(lower.endsWith(".md") || lower.endsWith(".markdown")) && HTML_START.matcher(text).matches();
        return new SourceDocument(name, text, html ? Format.HTML : Format.MARKDOWN);
    }

    List<Block> outline() {
        return format == Format.HTML ? HtmlOutline.document(text) : MarkdownOutline.read(text);
    }

    /**
     * Every mention of a resource in this document, in reading order.
     *
     * @throws ImportFailure when Markdown nests deeper than {@link NestingDepth#LIMIT} (HTML is bounded by jsoup's parser)
     */
    List<Mention> mentions() {
        if (format == Format.MARKDOWN) {
            NestingDepth.markdown(text, 1).ifPresent(deep -> {
                throw new ImportFailure(name + ":" + deep.line() + ": " + deep.message() + "; nothing was imported");
            });
        }
        return MentionFinder.find(name, outline());
    }
}
