package dev.syllabus.ingest;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flattens CommonMark inline nodes into plain text with links, the form the mention readers work on. */
final class Inlines {
    private static final Pattern HREF = Pattern.compile("(?i)<a\\s[^>]*?href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

    private static final Pattern ALT = Pattern.compile("(?i)\\balt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private Inlines() {
    }

    static InlineText of(Node parent) {
        InlineText out = new InlineText();
        into(parent, out);
        return out;
    }

    static void into(Node parent, InlineText out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n, out);
        }
    }

    private static void inline(Node n, InlineText out) {
        if (n instanceof Text t) {
            out.append(t.getLiteral());
        } else if (n instanceof Code c) {
            out.append(c.getLiteral());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.append("\n");
        } else if (n instanceof Link link) {
            int start = out.length();
            boolean image = link.getFirstChild() != null;
            for (Node c = link.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Image img) {
                    // "[![Open In Colab](badge.svg)](https://colab...)": the picture's text is the link's.
                    out.append(of(img).text());
                } else {
                    image &= c instanceof Text t && t.getLiteral().isBlank();
                    inline(c, out);
                }
            }
            out.addLink(out.text().substring(start), link.getDestination(), start, image && out.length() > start);
        } else if (n instanceof HtmlInline html) {
            html(html.getLiteral(), out);
        } else if (!(n instanceof Image)) {
            // Emphasis, strong emphasis and extension nodes: their text is what counts.
            into(n, out);
        }
    }

    private static void html(String tag, InlineText out) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<br")) {
            out.append("\n");
        } else if (lower.startsWith("</a")) {
            out.closeLink();
        } else if (lower.startsWith("<img")) {
            Matcher alt = ALT.matcher(tag);
            out.appendImage(alt.find() ? (alt.group(1) != null ? alt.group(1) : alt.group(2)) : "");
        } else if (lower.startsWith("<a")) {
            Matcher m = HREF.matcher(tag);
            if (m.find()) {
                out.openLink(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            }
        }
    }
}
