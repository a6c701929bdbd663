package dev.syllabus.web;

/**
 * One segment of a video or book: where it starts, what it covers, its concept page, the link that opens it there (null
 * for a part without a time or address of its own), and where its time came from: {@code sourceHref} when the source
 * is an address, {@code sourceNote} when it says how an approximate time was estimated.
 */
public record SegmentLink(String label, String covers, Link concept, String deepLink, String length, String sourceHref,
                          String sourceNote) {
    /** A segment whose time has no recorded source. */
    public SegmentLink(String label, String covers, Link concept, String deepLink, String length) {
        this(label, covers, concept, deepLink, length, null, null);
    }

    public boolean hasDeepLink() {
        return deepLink != null;
    }

    public boolean hasConcept() {
        return concept != null;
    }
}
