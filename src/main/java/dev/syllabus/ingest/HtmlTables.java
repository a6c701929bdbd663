package dev.syllabus.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** An HTML table as rows whose children are {@code Header: cell} fields, like a Markdown table's. */
final class HtmlTables {
    private HtmlTables() {
    }

    static List<Block> rows(Element table, Function<Element, InlineText> inline, ToIntFunction<Node> line) {
        List<String> headers = new ArrayList<>();
        List<Block> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<Element> cells = tr.children().stream().filter(c -> c.normalName().matches("t[dh]")).toList();
            if (headers.isEmpty() && !cells.isEmpty() && cells.stream().allMatch(c -> c.normalName().equals("th"))) {
                cells.forEach(c -> headers.add(c.text().strip()));
            } else if (!cells.isEmpty()) {
                rows.add(row(cells, headers, inline, line.applyAsInt(tr)));
            }
        }
        return rows;
    }

    private static Block row(List<Element> cells, List<String> headers, Function<Element, InlineText> inline, int line) {
        List<Block> fields = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String header = i < headers.size() && !headers.get(i).isEmpty() ? headers.get(i) : "Column " + (i + 1);
            InlineText cell = inline.apply(cells.get(i));
            String text = cell.stripped();
            int shift = header.length() + 2;
            List<Link> links = cell.strippedLinks().stream()
                    .map(l -> l.moved(l.start() + shift, l.end() + shift)).toList();
            fields.add(new Block(Block.Kind.ITEM, line, 0, header + ": " + text, links, List.of()));
            all.append(all.length() == 0 ? "" : " | ").append(text);
        }
        return new Block(Block.Kind.ROW, line, 0, all.toString(), List.of(), fields);
    }
}
