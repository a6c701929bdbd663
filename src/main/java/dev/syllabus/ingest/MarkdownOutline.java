package dev.syllabus.ingest;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown (and plain text, which is Markdown without markup) into an outline with CommonMark: headings, list
 * items with their nesting, paragraphs and table rows. Raw HTML blocks such as {@code <h2>...</h2>} go through
 * {@link HtmlOutline}; a paragraph line that reads like a heading ("Step 2: ...", "Phase 1: ...") becomes one.
 */
final class MarkdownOutline {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(),
                    AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.WWW).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private static final Pattern PLAIN_HEADING = Pattern.compile("(?is)\\s*<h([1-6])>([^<>&]*)</h\\1>\\s*");

    private MarkdownOutline() {
    }

    static List<Block> read(String markdown) {
        return read(markdown, MarkdownChunks.MIN_PART);
    }

    /** Reads a long document in parts of at least {@code minPart} characters, on all cores, to the same outline. */
    static List<Block> read(String markdown, int minPart) {
        List<MarkdownChunks.Part> parts = MarkdownChunks.cut(markdown, minPart);
        if (parts.size() == 1) {
            return readWhole(markdown);
        }
        return parts.parallelStream().flatMap(p -> readWhole(p.text()).stream().map(b -> b.shifted(p.linesBefore()))).toList();
    }

    private static List<Block> readWhole(String markdown) {
        List<Block> out = new ArrayList<>();
        blocks(PARSER.parse(markdown), out);
        return out;
    }

    private static void blocks(Node parent, List<Block> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, out);
        }
    }

    private static void block(Node n, List<Block> out) {
        if (n instanceof Heading h) {
            InlineText t = Inlines.of(h);
            out.add(Block.heading(line(n), h.getLevel(), t.stripped(), t.strippedLinks()));
        } else if (n instanceof Paragraph p) {
            paragraph(p, out);
        } else if (n instanceof ListBlock) {
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li) {
                    item(li, out);
                }
            }
        } else if (n instanceof BlockQuote) {
            blocks(n, out);
        } else if (n instanceof HtmlBlock html) {
            out.addAll(html(html.getLiteral(), line(n)));
        } else if (n instanceof TableBlock table) {
            out.addAll(rows(table));
        }
    }

    /** A lone {@code <h2>Title</h2>} needs no HTML parser; anything else goes through jsoup. */
    private static List<Block> html(String literal, int line) {
        Matcher m = PLAIN_HEADING.matcher(literal);
        if (m.matches()) {
            return List.of(Block.heading(line, m.group(1).charAt(0) - '0', m.group(2).strip(), List.of()));
        }
        return HtmlOutline.fragment(literal, line);
    }

    private static void paragraph(Paragraph p, List<Block> out) {
        if (p.getFirstChild() instanceof StrongEmphasis && p.getFirstChild() == p.getLastChild()) {
            InlineText t = Inlines.of(p.getFirstChild());
            out.add(Block.heading(line(p), PseudoHeadings.LEVEL, t.stripped(), t.strippedLinks()));
            return;
        }
        InlineText t = Inlines.of(p);
        out.addAll(PseudoHeadings.split(line(p), t.text(), t.links()));
    }

    /**
     * A list item: its own paragraphs are its text, its nested lists its children. Plain text puts "Step 2: ..." right
     * under the previous item, which CommonMark reads as a continuation of that item; such a line and what follows it
     * leave the item again.
     */
    private static void item(ListItem li, List<Block> out) {
        InlineText own = new InlineText();
        List<Block> children = new ArrayList<>();
        for (Node n = li.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph || n instanceof Heading) {
                if (own.length() > 0) {
                    own.append("\n");
                }
                Inlines.into(n, own);
            } else {
                block(n, children);
            }
        }
        String text = own.stripped();
        List<Link> all = own.strippedLinks();
        int cut = PseudoHeadings.firstHeadingLine(text, all);
        List<Link> links = all.stream().filter(l -> l.end() <= cut).toList();
        out.add(new Block(Block.Kind.ITEM, line(li), 0, text.substring(0, cut).stripTrailing(), links, children));
        if (cut < text.length()) {
            int line = line(li) + (int) text.substring(0, cut).chars().filter(c -> c == '\n').count();
            List<Link> rest = all.stream().filter(l -> l.start() >= cut)
                    .map(l -> l.moved(l.start() - cut, l.end() - cut)).toList();
            out.addAll(PseudoHeadings.split(line, text.substring(cut), rest));
        }
    }

    /** Each body row becomes a row block whose children are {@code Header: cell} fields. */
    private static List<Block> rows(TableBlock table) {
        List<String> headers = new ArrayList<>();
        List<Block> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (section instanceof TableHead) {
                    cells(row).forEach(c -> headers.add(c.text().strip()));
                } else if (section instanceof TableBody && row instanceof TableRow) {
                    rows.add(row(row, headers));
                }
            }
        }
        return rows;
    }

    private static Block row(Node row, List<String> headers) {
        List<InlineText> cells = cells(row);
        List<Block> fields = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String header = i < headers.size() && !headers.get(i).isEmpty() ? headers.get(i) : "Column " + (i + 1);
            InlineText field = new InlineText();
            field.append(header + ": ");
            int shift = field.length();
            field.append(cells.get(i).stripped());
            List<Link> links = cells.get(i).strippedLinks().stream()
                    .map(l -> l.moved(l.start() + shift, l.end() + shift)).toList();
            fields.add(new Block(Block.Kind.ITEM, line(row), 0, field.text(), links, List.of()));
            all.append(all.length() == 0 ? "" : " | ").append(cells.get(i).stripped());
        }
        return new Block(Block.Kind.ROW, line(row), 0, all.toString(), List.of(), fields);
    }

    private static List<InlineText> cells(Node row) {
        List<InlineText> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
                cells.add(Inlines.of(c));
            }
        }
        return cells;
    }

    static int line(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                return at.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }
}
