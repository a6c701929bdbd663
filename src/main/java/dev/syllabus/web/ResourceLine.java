package dev.syllabus.web;

import java.util.List;

/**
 * A resource as one entry of a list: its page, kind, creators, length (marked when estimated), its address and the
 * deep links to the segments that matter where it is listed.
 */
public record ResourceLine(Link page, String kind, List<Link> creators, String length, String url,
                           List<SegmentLink> segments, String note) {
    public boolean hasUrl() {
        return url != null;
    }
}
