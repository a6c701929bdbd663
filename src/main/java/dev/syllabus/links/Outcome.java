package dev.syllabus.links;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking one address: the verdict, the last HTTP status (0 when there was none), a sentence saying why,
 * every redirect followed, the address a permanent redirect suggests, when the check happened and whether it came from
 * the cache.
 */
public record Outcome(String address, Verdict verdict, int code, String detail, List<Hop> redirects,
                      Optional<String> suggestion, Instant checked, boolean cached) {
    public Outcome {
        redirects = List.copyOf(redirects);
        detail = detail == null ? "" : detail;
    }

    static Outcome of(String address, Verdict verdict, int code, String detail, Instant checked) {
        return new Outcome(address, verdict, code, detail, List.of(), Optional.empty(), checked, false);
    }

    Outcome withRedirects(List<Hop> hops, Optional<String> suggested) {
        return new Outcome(address, verdict, code, detail, hops, suggested, checked, cached);
    }

    Outcome fromCache() {
        return new Outcome(address, verdict, code, detail, redirects, suggestion, checked, true);
    }

    Outcome forAddress(String other) {
        return new Outcome(other, verdict, code, detail, redirects, suggestion, checked, cached);
    }
}
