package dev.syllabus.web;

/**
 * One segment of a video or book on its resource's page: its stretch and deep link, what it covers, its concept, and
 * where its time came from: {@code sourceHref} when the source is an address, {@code sourceNote} when it says how an
 * approximate time was estimated.
 */
public record SegmentLink(Parts part, String covers, Link concept, String sourceHref, String sourceNote) {
    public boolean hasConcept() {
        return concept != null;
    }
}
