package dev.syllabus.search;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the counts per filter value out of a drill-sideways search, most frequent first, with labels to show. */
final class FacetCounting {
    /** More values than a page can list usefully; creators are the only filter that comes near it. */
    static final int MAX_VALUES = 50;

    private final Set<String> indexedDimensions = new HashSet<>();
    private final FacetLabels labels;

    FacetCounting(Iterable<String> dimensions, FacetLabels labels) {
        dimensions.forEach(indexedDimensions::add);
        this.labels = labels;
    }

    List<Facet> of(Facets facets, SearchQuery query) throws IOException {
        List<Facet> out = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            out.add(new Facet(d.id(), counts(facets, d, d.selection(query))));
        }
        return out;
    }

    private List<FacetCount> counts(Facets facets, Dimension d, Optional<String> selected) throws IOException {
        List<FacetCount> counts = new ArrayList<>();
        FacetResult result = indexedDimensions.contains(d.id()) && facets != null ? facets.getTopChildren(MAX_VALUES, d.id()) : null;
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                counts.add(new FacetCount(lv.label, labels.of(d, lv.label), lv.value.intValue(),
                        selected.filter(lv.label::equals).isPresent()));
            }
        }
        selected.filter(s -> counts.stream().noneMatch(c -> c.value().equals(s)))
                .ifPresent(s -> counts.add(new FacetCount(s, labels.of(d, s), 0, true)));
        return counts;
    }
}
