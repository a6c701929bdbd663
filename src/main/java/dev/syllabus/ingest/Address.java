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
    enum Problem {
        NONE, BARE_HOST, NOT_A_URL,
        /** Protocol-relative ({@code //host/path}): the scheme would come from a page, and a file has none. */
        NO_SCHEME,
        UNSAFE_SCHEME, IN_PAGE_ANCHOR, SEARCH_ONLY, NOT_GIVEN, SLUG_REFERENCE,
        /** A picture link that decorates the list: a badge, a chart, a logo. */
        BADGE,
        /** Someone's page on a social network: who they are, not something to study. */
        PROFILE,
        /** A sponsor's or advertiser's link. */
        SPONSOR,
        /** A repository's working pages: pull requests, issues, forks. */
        SITE_PAGE;

        /** Links that are no resource at all: reported as skipped, never matched. */
        boolean isNoResource() {
            return this == UNSAFE_SCHEME || this == IN_PAGE_ANCHOR || this == BADGE || this == PROFILE || this == SPONSOR
                    || this == SITE_PAGE;
        }
    }

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
        if (t.startsWith("//")) {
            return none(t, Problem.NO_SCHEME);
        }
        try {
            CanonicalUrl.Parsed parsed = CanonicalUrl.parse(t);
            return new Address(t, Optional.of(parsed.url()), parsed.start(),
                    parsed.schemeMissing() ? Problem.BARE_HOST : Problem.NONE);
        } catch (IllegalArgumentException e) {
            return none(t, Problem.NOT_A_URL);
        }
    }

    private static final java.util.Set<String> SOCIAL = java.util.Set.of("twitter.com", "x.com", "linkedin.com", "facebook.com",
            "instagram.com", "mastodon.social", "bsky.app", "threads.net", "t.me");
    private static final Pattern REPOSITORY_PAGE = Pattern.compile(
            "https://(?:github|gitlab)\\.com/[^/]+/[^/]+/(?:pulls|issues|compare|fork|forks|stargazers|network|graphs|watchers)(?:[/?].*)?");

    /** The same address, unless it is a social profile or a repository's working page, which name no resource. */
    Address classified() {
        if (url.isEmpty() || problem != Problem.NONE) {
            return this;
        }
        String host = url.get().host();
        String path = url.get().value().substring(url.get().value().indexOf(host) + host.length());
        if (SOCIAL.contains(host) && path.replaceFirst("^/", "").split("[/?#]").length <= 1 && !path.contains("/status")) {
            return none(written, Problem.PROFILE);
        }
        return REPOSITORY_PAGE.matcher(url.get().value()).matches() ? none(written, Problem.SITE_PAGE) : this;
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
            case NO_SCHEME -> "the address '" + shown + "' has no scheme: write it as https:" + shown;
            case UNSAFE_SCHEME -> "the link target is a " + shown.split(":", 2)[0].strip().toLowerCase(Locale.ROOT)
                    + ": link, not a web address";
            case IN_PAGE_ANCHOR -> "the link '" + shown + "' points inside the document";
            case SEARCH_ONLY -> "the source only says to search for it (" + shown + ")";
            case NOT_GIVEN -> "the source names it without an address";
            case SLUG_REFERENCE -> "the source names it by the slug '" + shown + "'";
            case BADGE -> "the link " + shown + " is a badge or picture, not a resource";
            case PROFILE -> "the link " + shown + " is a profile on a social network, not a resource";
            case SPONSOR -> "the link " + shown + " is a sponsor's, not a resource";
            case SITE_PAGE -> "the link " + shown + " is a repository's working page (pull requests, issues), not a resource";
        };
    }
}
