package dev.syllabus.links;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything a check run is told: the politeness limits, the user agent it introduces itself with, the rewrites applied
 * before requesting, the addresses to skip, and whether fragments are looked up among a page's anchors.
 */
public record CheckOptions(Politeness politeness, String userAgent, List<Remap> remaps, List<Pattern> excludes,
                           boolean includeFragments) {
    public static final String USER_AGENT = "syllabus-check-links/0.1 (link checker of a learning knowledge base)";

    public CheckOptions {
        remaps = List.copyOf(remaps);
        excludes = List.copyOf(excludes);
    }

    public static CheckOptions defaults() {
        return new CheckOptions(Politeness.DEFAULTS, USER_AGENT, List.of(), List.of(), false);
    }

    public CheckOptions with(Politeness other) {
        return new CheckOptions(other, userAgent, remaps, excludes, includeFragments);
    }

    public CheckOptions withRemaps(List<Remap> rules) {
        return new CheckOptions(politeness, userAgent, rules, excludes, includeFragments);
    }

    public CheckOptions withExcludes(List<Pattern> patterns) {
        return new CheckOptions(politeness, userAgent, remaps, patterns, includeFragments);
    }

    public CheckOptions withFragments(boolean check) {
        return new CheckOptions(politeness, userAgent, remaps, excludes, check);
    }

    public CheckOptions withUserAgent(String agent) {
        return new CheckOptions(politeness, agent, remaps, excludes, includeFragments);
    }

    /** The address to request for {@code address}: the first remap that matches rewrites it. */
    String requested(String address) {
        for (Remap r : remaps) {
            String rewritten = r.apply(address);
            if (rewritten != null) {
                return rewritten;
            }
        }
        return address;
    }

    boolean excluded(String address) {
        return excludes.stream().anyMatch(p -> p.matcher(address).find());
    }
}
