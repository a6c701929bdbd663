package dev.syllabus.search;

import org.apache.lucene.util.FixedBitSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts filter values over a query's matches, in memory. Each value keeps the set of documents that have it, so a
 * count is the size of an intersection of bit sets: a few microseconds per value, however many documents match.
 * Drill sideways: a filter's own counts ignore its own selection, so after choosing "video" the page can still say
 * how many blog posts there are.
 */
final class FacetTally {
    /** More values than a page can list usefully; creators are the only filter that comes near it. */
    static final int MAX_VALUES = 50;

    private final int maxDoc;
    private final FacetLabels labels;
    private final Map<Dimension, List<String>> names = new EnumMap<>(Dimension.class);
    private final Map<Dimension, List<String>> shown = new EnumMap<>(Dimension.class);
    private final Map<Dimension, Map<String, ValueDocs>> docsByValue = new EnumMap<>(Dimension.class);

    /**
     * The documents that have one filter value. A value held by fewer than one document in 64 (most creators) keeps a
     * list: counting it looks up a few hundred bits where an intersection reads a whole set, and a knowledge base with
     * thousands of creators would otherwise hold a set of every document for each of them.
     */
    private sealed interface ValueDocs {
        long countIn(FixedBitSet docs);

        /** Clears from {@code docs} every document without the value. */
        void keepIn(FixedBitSet docs);
    }

    private record Many(FixedBitSet having) implements ValueDocs {
        @Override
        public long countIn(FixedBitSet docs) {
            return FixedBitSet.intersectionCount(docs, having);
        }

        @Override
        public void keepIn(FixedBitSet docs) {
            docs.and(having);
        }
    }

    private record Few(int[] having) implements ValueDocs {
        @Override
        public long countIn(FixedBitSet docs) {
            long n = 0;
            for (int doc : having) {
                n += docs.get(doc) ? 1 : 0;
            }
            return n;
        }

        @Override
        public void keepIn(FixedBitSet docs) {
            int[] kept = Arrays.stream(having).filter(docs::get).toArray();
            docs.clear();
            for (int doc : kept) {
                docs.set(doc);
            }
        }
    }

    FacetTally(List<SearchDocument> documents, int[] ordinalOfDoc, FacetLabels labels) {
        this.maxDoc = ordinalOfDoc.length;
        this.labels = labels;
        Map<Dimension, Map<String, List<Integer>>> lists = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            lists.put(d, new LinkedHashMap<>());
        }
        for (int doc = 0; doc < ordinalOfDoc.length; doc++) {
            for (Map.Entry<Dimension, List<String>> filter : documents.get(ordinalOfDoc[doc]).filters().entrySet()) {
                for (String value : filter.getValue().stream().distinct().toList()) {
                    lists.get(filter.getKey()).computeIfAbsent(value, v -> new ArrayList<>()).add(doc);
                }
            }
        }
        for (Dimension d : Dimension.values()) {
            Map<String, ValueDocs> byValue = new HashMap<>();
            lists.get(d).forEach((value, docs) -> byValue.put(value, docsOf(docs)));
            docsByValue.put(d, byValue);
            names.put(d, List.copyOf(lists.get(d).keySet()));
            shown.put(d, names.get(d).stream().map(v -> labels.of(d, v)).toList());
        }
    }

    private ValueDocs docsOf(List<Integer> docs) {
        if (docs.size() < maxDoc / Long.SIZE) {
            return new Few(docs.stream().mapToInt(Integer::intValue).toArray());
        }
        FixedBitSet having = new FixedBitSet(maxDoc);
        docs.forEach(having::set);
        return new Many(having);
    }

    /** The matches that pass every filter, their number, and the counts per filter value. */
    record Counted(FixedBitSet passing, List<Facet> facets) {
        int total() {
            return passing.cardinality();
        }
    }

    /** The matches that have every value the query selects. */
    FixedBitSet passing(FixedBitSet matches, SearchQuery query) {
        return filtered(matches, query, null);
    }

    /** The total and every filter's counts over {@code matches}, under the query's filters. */
    Counted count(FixedBitSet matches, SearchQuery query) {
        FixedBitSet passing = filtered(matches, query, null);
        List<Facet> facets = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            // A filter's own counts are over the matches that pass the other filters.
            FixedBitSet counted = d.selection(query).isPresent() ? filtered(matches, query, d) : passing;
            facets.add(new Facet(d.id(), facet(d, counted, d.selection(query))));
        }
        return new Counted(passing, facets);
    }

    /** The facets of a query without matches: only the selected values, at zero. */
    List<Facet> empty(SearchQuery query) {
        return count(new FixedBitSet(Math.max(1, maxDoc)), query).facets();
    }

    private FixedBitSet filtered(FixedBitSet matches, SearchQuery query, Dimension except) {
        FixedBitSet passing = null;
        for (Dimension d : Dimension.values()) {
            Optional<String> selected = d.selection(query);
            if (d == except || selected.isEmpty()) {
                continue;
            }
            if (passing == null) {
                passing = matches.clone();
            }
            ValueDocs having = docsByValue.get(d).get(selected.get());
            if (having == null) {
                passing.clear();
            } else {
                having.keepIn(passing);
            }
        }
        return passing == null ? matches : passing;
    }

    private List<FacetCount> facet(Dimension d, FixedBitSet counted, Optional<String> selected) {
        List<FacetCount> out = new ArrayList<>();
        List<String> values = names.get(d);
        for (int v = 0; v < values.size(); v++) {
            String value = values.get(v);
            boolean chosen = selected.filter(value::equals).isPresent();
            long count = maxDoc == 0 ? 0 : docsByValue.get(d).get(value).countIn(counted);
            if (count > 0 || chosen) {
                out.add(new FacetCount(value, shown.get(d).get(v), (int) count, chosen));
            }
        }
        selected.filter(s -> out.stream().noneMatch(c -> c.value().equals(s)))
                .ifPresent(s -> out.add(new FacetCount(s, labels.of(d, s), 0, true)));
        out.sort(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out.size() > MAX_VALUES ? List.copyOf(out.subList(0, MAX_VALUES)) : out;
    }
}
