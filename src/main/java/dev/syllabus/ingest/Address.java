package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Timestamp;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a mention gives, read with the knowledge base's one canonicalisation, or why it gives none usable. A
 * bare host keeps its canonical form for matching, but is never written as a new resource's address.
 */
record Address(String written, Optional<CanonicalUrl> url, Optional<Timestamp> start, Problem problem) {
    enum Problem { NONE, BARE_HOST, NOT_A_URL, UNSAFE_SCHEME, IN_PAGE_ANCHOR, SEARCH_ONLY, NOT_GIVEN, SLUG_REFERENCE }

    private static final Pattern UNSAFE = Pattern.compile("(?i)\\s*(javascript|data|vbscript|file)\\s*:.*", Pattern.DOTALL);

    Address {
        written = written == null ? "" : written;
    }

    static Address read(String target) {
        String t = target == null ? "" : target.strip();
        if (t.startsWith("#")) {
            return none(t, t.length() > 1 ? Problem.IN_PAGE_ANCHOR : Problem.NOT_A_URL);
        }
        if (UNSAFE.matcher(t).matches()) {
            return none(t, Problem.UNSAFE_SCHEME);
        }
        try {
            CanonicalUrl.Parsed parsed = CanonicalUrl.parse(t);
            return new Address(t, Optional.of(parsed.url()), parsed.start(),
                    parsed.schemeMissing() ? Problem.BARE_HOST : Problem.NONE);
        } catch (IllegalArgumentException e) {
            return none(t, Problem.NOT_A_URL);
        }
    }

    static Address none(String written, Problem problem) {
        return new Address(written, Optional.empty(), Optional.empty(), problem);
    }

    boolean usable() {
        return problem == Problem.NONE;
    }

    /** Why a mention cannot become a resource with this address, for the report. */
    String reason() {
        String shown = written.length() > 80 ? written.substring(0, 77) + "..." : written;
        return switch (problem) {
            case NONE -> "";
            case BARE_HOST -> "the address '" + shown + "' has no scheme (a bare host)";
            case NOT_A_URL -> "the link target '" + shown + "' is not a web address";
            case UNSAFE_SCHEME -> "the link target is a " + shown.split(":", 2)[0].strip().toLowerCase(Locale.ROOT)
                    + ": link, not a web address";
            case IN_PAGE_ANCHOR -> "the link '" + shown + "' points inside the document";
            case SEARCH_ONLY -> "the source only says to search for it (" + shown + ")";
            case NOT_GIVEN -> "the source names it without an address";
            case SLUG_REFERENCE -> "the source names it by the slug '" + shown + "'";
        };
    }
}
