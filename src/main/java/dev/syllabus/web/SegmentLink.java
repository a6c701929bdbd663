package dev.syllabus.web;

/** One segment of a video or book: where it starts, what it covers, its concept page and the link that opens it there. */
public record SegmentLink(String label, String covers, Link concept, String deepLink, String length) {
    public boolean hasDeepLink() {
        return deepLink != null;
    }

    public boolean hasConcept() {
        return concept != null;
    }
}
