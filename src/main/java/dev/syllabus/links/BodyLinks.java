package dev.syllabus.links;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The links of a Markdown text with their lines, read with commonmark (autolinks included). */
final class BodyLinks {
    private static final Parser PARSER = Parser.builder().extensions(List.of(AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** A link target exactly as written, and its 1-based line in the text. */
    record Found(String address, int line) {
    }

    private BodyLinks() {
    }

    static List<Found> all(String markdown) {
        List<Found> found = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(new Found(link.getDestination(), line(link)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(new Found(image.getDestination(), line(image)));
            }
        });
        return found;
    }

    /** Links that leave the site: web addresses and address-like text; a wiki's own routes are not checked here. */
    static List<Found> webLinks(String markdown) {
        if (markdown.isBlank()) {
            return List.of();
        }
        return all(markdown).stream().filter(f -> {
            String a = f.address().toLowerCase(Locale.ROOT);
            return a.startsWith("http://") || a.startsWith("https://") || a.startsWith("//") || a.startsWith("www.");
        }).toList();
    }

    private static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
