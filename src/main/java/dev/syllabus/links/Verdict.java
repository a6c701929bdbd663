package dev.syllabus.links;

import java.util.Locale;
import java.util.Optional;

/** What a check concluded about one address. */
public enum Verdict {
    /** The address answered with a page (possibly after redirects). */
    OK,
    /** The address does not lead to a page: 4xx, 5xx after retries, no such host, refused, timed out, TLS failure. */
    BROKEN,
    /** The site answered in a way that says nothing about the page: it refuses automated checks (401, 403, 429, 999). */
    UNVERIFIABLE,
    /** The text is not a usable web address; no request was made. */
    MALFORMED,
    /** Not a web address to check (mailto:, tel:, an excluded pattern); no request was made. */
    SKIPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether an address with this verdict needs a curator's attention. */
    public boolean isProblem() {
        return this == BROKEN || this == MALFORMED;
    }

    public static Optional<Verdict> fromId(String id) {
        for (Verdict v : values()) {
            if (v.id().equals(id)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
