package dev.syllabus.search;

/**
 * How many hits have one value of a filter: {@code value} is what to pass back as the filter (a kind id, a creator
 * slug), {@code label} what to show, {@code selected} whether the query filters on it.
 */
public record FacetCount(String value, String label, int count, boolean selected) {
}
