package dev.syllabus.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A list page such as {@code /papers}: a table of every entity of one type, sorted by any column and narrowed by its
 * filters and by words in the title, all through the page's address, so it works without JavaScript (the script
 * only sorts and filters in place, without a reload).
 */
public record IndexPage(String folder, String title, String intro, List<Column> columns, List<Row> rows, int total,
                        List<Filter> filters, String words, List<String> notices) {
    /** A column; {@code sortHref} sorts by it (or reverses it), {@code ariaSort} says how the table is sorted now. */
    public record Column(String key, String label, boolean numeric, String sortHref, String ariaSort) {
    }

    /**
     * A row of cells; {@code words} is the lower-case text the title filter searches, {@code tags} the row's filter
     * values as {@code name=value} words, so the script filters exactly as the server does.
     */
    public record Row(List<Cell> cells, String words, String tags) {
    }

    /** One cell: its text, a link when it names an entity, and the value it sorts by. */
    public record Cell(String text, String href, String sortValue) {
        public boolean linked() {
            return href != null;
        }
    }

    /** A filter as a select box; an empty {@code selected} means all. */
    public record Filter(String name, String label, List<Option> options, String selected) {
    }

    /** One value a filter may take. */
    public record Option(String value, String label) {
    }

    /** The request: filter values by name, the words to look for, the sort column and its direction. */
    record Query(Map<String, String> filters, String words, String sort, boolean descending) {
        String href(String folder, String sortBy, boolean desc) {
            Map<String, String> params = new LinkedHashMap<>(filters);
            if (!words.isEmpty()) {
                params.put("q", words);
            }
            params.put("sort", sortBy);
            if (desc) {
                params.put("order", "desc");
            }
            return "/" + folder + "?" + params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + SearchPage.encode(e.getValue())).collect(Collectors.joining("&"));
        }
    }

    /** A column definition over rows of type T. */
    record Definition<T>(String key, String label, boolean numeric, java.util.function.Function<T, Cell> cell) {
    }

    static <T> IndexPage of(String folder, String title, String intro, List<Definition<T>> definitions, List<T> all,
                            List<Filter> filters, java.util.function.Function<T, String> tags,
                            java.util.function.Function<T, String> text, Query query, List<String> notices) {
        String words = query.words().toLowerCase(Locale.ROOT);
        List<T> selected = all.stream().filter(t -> query.filters().entrySet().stream()
                        .allMatch(f -> (" " + tags.apply(t) + " ").contains(" " + f.getKey() + "=" + f.getValue() + " ")))
                .filter(t -> words.isEmpty() || text.apply(t).toLowerCase(Locale.ROOT).contains(words)).toList();
        Definition<T> sortBy = definitions.stream().filter(d -> d.key().equals(query.sort())).findFirst().orElse(definitions.get(0));
        Comparator<Row> order = Comparator.comparing((Row r) -> r.cells().get(definitions.indexOf(sortBy)).sortValue());
        List<Row> rows = new ArrayList<>(selected.stream().map(t -> new Row(definitions.stream().map(d -> d.cell().apply(t)).toList(),
                text.apply(t).toLowerCase(Locale.ROOT), tags.apply(t))).toList());
        rows.sort(query.descending() ? order.reversed() : order);
        List<Column> columns = definitions.stream().map(d -> {
            boolean current = d == sortBy;
            String aria = current ? (query.descending() ? "descending" : "ascending") : null;
            return new Column(d.key(), d.label(), d.numeric(), query.href(folder, d.key(), current && !query.descending()), aria);
        }).toList();
        List<Filter> shown = filters.stream().map(f -> new Filter(f.name(), f.label(), f.options(),
                query.filters().getOrDefault(f.name(), ""))).toList();
        return new IndexPage(folder, title, intro, columns, List.copyOf(rows), all.size(), shown, query.words(), notices);
    }

    public boolean filtered() {
        return rows.size() != total;
    }

    /** A number as a sort key that orders as text: zero-padded. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%012d", n);
    }

    static String text(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
