package dev.syllabus.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads HTML, a whole page or a raw block inside Markdown, into the same outline as {@link MarkdownOutline}: headings,
 * list items with nesting, paragraphs and table rows. jsoup repairs unbalanced markup the way browsers do.
 */
final class HtmlOutline {
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "head", "svg", "math");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final int lineOffset;

    private HtmlOutline(int lineOffset) {
        this.lineOffset = lineOffset;
    }

    static List<Block> document(String html) {
        return fragment(html, 1);
    }

    /** {@code firstLine} is the line the HTML starts on in its file, so blocks keep the file's line numbers. */
    static List<Block> fragment(String html, int firstLine) {
        Element body = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).body();
        List<Block> out = new ArrayList<>();
        new HtmlOutline(firstLine - 1).container(body, out);
        return out;
    }

    private void container(Element parent, List<Block> out) {
        InlineText pending = new InlineText();
        int pendingLine = line(parent);
        for (Node child : parent.childNodes()) {
            if (child instanceof Element e && (e.isBlock() || SKIPPED.contains(e.normalName()))) {
                flush(pending, pendingLine, out);
                pending = new InlineText();
                element(e, out);
                pendingLine = line(e);
            } else {
                pendingLine = pending.length() == 0 ? line(child) : pendingLine;
                inline(child, pending);
            }
        }
        flush(pending, pendingLine, out);
    }

    private static void flush(InlineText text, int line, List<Block> out) {
        if (!text.text().isBlank()) {
            out.add(Block.paragraph(line, text.stripped(), text.strippedLinks()));
        }
    }

    private void element(Element e, List<Block> out) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (HEADINGS.contains(tag)) {
            InlineText t = inlineOf(e);
            out.add(Block.heading(line(e), tag.charAt(1) - '0', t.stripped(), t.strippedLinks()));
        } else if (tag.equals("ul") || tag.equals("ol")) {
            e.children().stream().filter(li -> li.normalName().equals("li")).forEach(li -> out.add(item(li)));
        } else if (tag.equals("li")) {
            out.add(item(e));
        } else if (tag.equals("table")) {
            out.addAll(HtmlTables.rows(e, this::inlineOf, this::line));
        } else {
            container(e, out);
        }
    }

    private Block item(Element li) {
        InlineText own = new InlineText();
        List<Block> children = new ArrayList<>();
        for (Node child : li.childNodes()) {
            if (child instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                element(e, children);
            } else {
                inline(child, own);
            }
        }
        return new Block(Block.Kind.ITEM, line(li), 0, own.stripped(), own.strippedLinks(), children);
    }

    InlineText inlineOf(Element e) {
        InlineText t = new InlineText();
        e.childNodes().forEach(n -> inline(n, t));
        return t;
    }

    private void inline(Node n, InlineText out) {
        if (n instanceof TextNode t) {
            out.append(t.text());
        } else if (n instanceof Element e) {
            inlineElement(e, out);
        }
    }

    private void inlineElement(Element e, InlineText out) {
        String tag = e.normalName();
        if (tag.equals("img") && e.closest("a[href]") != null && !e.attr("alt").isBlank()) {
            out.append(e.attr("alt").strip());
            return;
        }
        if (SKIPPED.contains(tag) || tag.equals("img")) {
            return;
        }
        if (tag.equals("br")) {
            out.append("\n");
            return;
        }
        boolean block = e.isBlock() && out.length() > 0;
        if (block) {
            out.append("\n");
        }
        int start = out.length();
        e.childNodes().forEach(n -> inline(n, out));
        if (tag.equals("a") && e.hasAttr("href")) {
            boolean image = !e.select("img[alt]").isEmpty() && e.text().isBlank();
            out.addLink(out.text().substring(start), e.attr("href"), start, image);
        }
    }

    int line(Node n) {
        int l = n.sourceRange().isTracked() ? n.sourceRange().start().lineNumber() : 1;
        return Math.max(1, l + lineOffset);
    }
}
