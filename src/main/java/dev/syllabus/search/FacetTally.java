package dev.syllabus.search;

import org.apache.lucene.util.BitSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;

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
     * By dimension: where each document's value ids start in {@link #values} (one more entry than documents, so a
     * document's values run to the next one's start), and the value ids of all documents one after another.
     */
    private final int[][] starts = new int[Dimension.values().length][];
    private final int[][] values = new int[Dimension.values().length][];
    private final FacetLabels labels;
    private final Map<Dimension, List<String>> shown = new EnumMap<>(Dimension.class);

    FacetTally(List<SearchDocument> documents, int[] ordinalOfDoc, FacetLabels labels) {
        this.labels = labels;
        for (Dimension d : Dimension.values()) {
            names.put(d, new ArrayList<>());
            ids.put(d, new HashMap<>());
            index(d, documents, ordinalOfDoc);
            shown.put(d, names.get(d).stream().map(v -> labels.of(d, v)).toList());
        }
    }

    private void index(Dimension d, List<SearchDocument> documents, int[] ordinalOfDoc) {
        int[] start = new int[ordinalOfDoc.length + 1];
        List<Integer> all = new ArrayList<>();
        for (int doc = 0; doc < ordinalOfDoc.length; doc++) {
            start[doc] = all.size();
            for (String v : documents.get(ordinalOfDoc[doc]).filters().getOrDefault(d, List.of())) {
                int id = ids.get(d).computeIfAbsent(v, k -> {
                    names.get(d).add(k);
                    return names.get(d).size() - 1;
                });
                if (!all.subList(start[doc], all.size()).contains(id)) {
                    all.add(id);
                }
            }
        }
        start[ordinalOfDoc.length] = all.size();
        starts[d.ordinal()] = start;
        values[d.ordinal()] = all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The total and every filter's counts over {@code matches}, under the query's filters. */
    Counted count(BitSet matches, SearchQuery query) throws IOException {
        int[] selected = selection(query);
        int[][] counts = new int[Dimension.values().length][];
        for (Dimension d : Dimension.values()) {
            counts[d.ordinal()] = new int[names.get(d).size()];
        }
        int total = 0;
        BitSetIterator it = new BitSetIterator(matches, 0);
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            int failed = -1;
            int failures = 0;
            for (int d = 0; d < selected.length && failures < 2; d++) {
                if (selected[d] != ANY && !has(d, doc, selected[d])) {
                    failed = d;
                    failures++;
                }
            }
            if (failures == 0) {
                total++;
                for (int d = 0; d < counts.length; d++) {
                    tally(counts[d], d, doc);
                }
            } else if (failures == 1) {
                tally(counts[failed], failed, doc);
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

    private boolean has(int dimension, int doc, int wanted) {
        int[] vals = values[dimension];
        for (int i = starts[dimension][doc], end = starts[dimension][doc + 1]; i < end; i++) {
            if (vals[i] == wanted) {
                return true;
            }
        }
        return false;
    }

    private void tally(int[] counts, int dimension, int doc) {
        int[] vals = values[dimension];
        for (int i = starts[dimension][doc], end = starts[dimension][doc + 1]; i < end; i++) {
            counts[vals[i]]++;
        }
    }
}
