package dev.syllabus.web;

import java.util.List;

/**
 * A resource as one entry of a list: its page, kind in words, creators, length (with the estimate mark when no source
 * states it), its address, and the parts of it that matter where it is listed, each with its deep link.
 */
public record ResourceLine(Link page, String kind, List<Link> creators, String length, String url, List<Parts> parts,
                           String note) {
    public boolean hasUrl() {
        return url != null;
    }
}
