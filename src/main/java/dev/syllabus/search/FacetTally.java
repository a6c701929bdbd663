package dev.syllabus.search;

import org.apache.lucene.util.BitSet;
import org.apache.lucene.search.DocIdSetIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts filter values over a query's matches, in memory: each document's values are held as small integers, so a
 * count is one pass over the matching documents. Drill sideways: a document that fails only one filter still counts
 * for that filter's values, so after choosing "video" the page can still say how many blog posts there are.
 */
final class FacetTally {
    /** More values than a page can list usefully; creators are the only filter that comes near it. */
    static final int MAX_VALUES = 50;

    private final Map<Dimension, List<String>> names = new EnumMap<>(Dimension.class);
    private final Map<Dimension, Map<String, Integer>> ids = new EnumMap<>(Dimension.class);
    /**
     * Every document's values, one document after another, so a count reads memory in order: for each dimension, the
     * number of values, then their ids. {@code starts[doc]} is where document {@code doc} begins.
     */
    private final int[] starts;
    private final int[] data;
    private final FacetLabels labels;
    private final Map<Dimension, List<String>> shown = new EnumMap<>(Dimension.class);

    FacetTally(List<SearchDocument> documents, int[] ordinalOfDoc, FacetLabels labels) {
        this.labels = labels;
        for (Dimension d : Dimension.values()) {
            names.put(d, new ArrayList<>());
            ids.put(d, new HashMap<>());
        }
        starts = new int[ordinalOfDoc.length + 1];
        List<Integer> all = new ArrayList<>();
        for (int doc = 0; doc < ordinalOfDoc.length; doc++) {
            starts[doc] = all.size();
            SearchDocument document = documents.get(ordinalOfDoc[doc]);
            for (Dimension d : Dimension.values()) {
                List<Integer> valueIds = document.filters().getOrDefault(d, List.of()).stream().distinct()
                        .map(v -> id(d, v)).toList();
                all.add(valueIds.size());
                all.addAll(valueIds);
            }
        }
        starts[ordinalOfDoc.length] = all.size();
        data = all.stream().mapToInt(Integer::intValue).toArray();
        for (Dimension d : Dimension.values()) {
            shown.put(d, names.get(d).stream().map(v -> labels.of(d, v)).toList());
        }
    }

    private int id(Dimension d, String value) {
        return ids.get(d).computeIfAbsent(value, k -> {
            names.get(d).add(k);
            return names.get(d).size() - 1;
        });
    }

    /** The total and every filter's counts over {@code matches}, under the query's filters. */
    Counted count(BitSet matches, SearchQuery query) throws IOException {
        int[] selected = selection(query);
        int[][] counts = new int[Dimension.values().length][];
        for (Dimension d : Dimension.values()) {
            counts[d.ordinal()] = new int[names.get(d).size()];
        }
        int total = 0;
        for (int doc = matches.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
             doc = doc + 1 < matches.length() ? matches.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            int failed = failedFilter(doc, selected);
            if (failed == NONE_FAILED) {
                total++;
                tallyAll(counts, doc);
            } else if (failed >= 0) {
                tallyOne(counts, doc, failed);
            }
        }
        return new Counted(total, facets(counts, query));
    }

    /** The number of matches that pass every filter, and the counts per filter value. */
    record Counted(int total, List<Facet> facets) {
    }

    /** The facets of a query without matches: only the selected values, at zero. */
    List<Facet> empty(SearchQuery query) {
        int[][] counts = new int[Dimension.values().length][];
        for (Dimension d : Dimension.values()) {
            counts[d.ordinal()] = new int[names.get(d).size()];
        }
        return facets(counts, query);
    }

    private static final int ANY = -1;
    private static final int UNKNOWN = -2;

    private int[] selection(SearchQuery query) {
        int[] selected = new int[Dimension.values().length];
        for (Dimension d : Dimension.values()) {
            selected[d.ordinal()] = d.selection(query).map(v -> ids.get(d).getOrDefault(v, UNKNOWN)).orElse(ANY);
        }
        return selected;
    }

    private List<Facet> facets(int[][] counts, SearchQuery query) {
        List<Facet> out = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            out.add(new Facet(d.id(), facet(d, counts[d.ordinal()], d.selection(query))));
        }
        return out;
    }

    private List<FacetCount> facet(Dimension d, int[] counts, Optional<String> selected) {
        List<FacetCount> out = new ArrayList<>();
        for (int v = 0; v < counts.length; v++) {
            String value = names.get(d).get(v);
            if (counts[v] > 0 || selected.filter(value::equals).isPresent()) {
                out.add(new FacetCount(value, shown.get(d).get(v), counts[v], selected.filter(value::equals).isPresent()));
            }
        }
        selected.filter(s -> out.stream().noneMatch(c -> c.value().equals(s)))
                .ifPresent(s -> out.add(new FacetCount(s, labels.of(d, s), 0, true)));
        out.sort(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out.size() > MAX_VALUES ? List.copyOf(out.subList(0, MAX_VALUES)) : out;
    }

    private static final int NONE_FAILED = -1;
    private static final int SEVERAL_FAILED = -2;

    /** The one filter the document fails, {@link #NONE_FAILED}, or {@link #SEVERAL_FAILED}. */
    private int failedFilter(int doc, int[] selected) {
        int failed = NONE_FAILED;
        int at = starts[doc];
        for (int d = 0; d < selected.length; d++) {
            int n = data[at];
            if (selected[d] != ANY && !contains(at + 1, n, selected[d])) {
                if (failed != NONE_FAILED) {
                    return SEVERAL_FAILED;
                }
                failed = d;
            }
            at += n + 1;
        }
        return failed;
    }

    private boolean contains(int from, int n, int wanted) {
        for (int i = from; i < from + n; i++) {
            if (data[i] == wanted) {
                return true;
            }
        }
        return false;
    }

    private void tallyAll(int[][] counts, int doc) {
        int at = starts[doc];
        for (int[] dimension : counts) {
            int n = data[at];
            for (int i = at + 1; i <= at + n; i++) {
                dimension[data[i]]++;
            }
            at += n + 1;
        }
    }

    private void tallyOne(int[][] counts, int doc, int dimension) {
        int at = starts[doc];
        for (int d = 0; d < dimension; d++) {
            at += data[at] + 1;
        }
        for (int i = at + 1; i <= at + data[at]; i++) {
            counts[dimension][data[i]]++;
        }
    }
}
