package dev.syllabus.search;

import java.util.List;

/**
 * The counts of one filter ({@code type}, {@code kind}, {@code creator}, {@code area}, {@code level},
 * {@code access}) over the hits of a query. A filter's own counts ignore its own selection (drill-sideways), so the
 * other values stay visible and countable after one is chosen.
 */
public record Facet(String name, List<FacetCount> counts) {
    public Facet {
        counts = List.copyOf(counts);
    }
}
