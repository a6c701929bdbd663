package dev.syllabus.search;

import java.util.List;

/**
 * One page of hits for a query, the total number of matches, the filter counts for the whole result set, and notices
 * for the learner (a corrected spelling, words left out of a very long query, a query with nothing to search for).
 * {@code searchedFor} is the text actually searched: the query with its misspellings corrected.
 */
public record SearchResults(String query, String searchedFor, long total, int offset, List<Hit> hits,
                            List<Facet> facets, List<String> notices) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        notices = List.copyOf(notices);
    }

    /** The counts of one filter, empty when no hit has a value for it. */
    public List<FacetCount> facet(String name) {
        return facets.stream().filter(f -> f.name().equals(name)).findFirst().map(Facet::counts).orElse(List.of());
    }
}
