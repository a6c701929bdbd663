package dev.syllabus.links;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cached result as a tab-separated line: address, verdict, code, when checked, suggested address, redirects
 * ({@code 301 url|302 url}) and detail. Tabs and line breaks in values become spaces.
 */
final class CacheLine {
    private CacheLine() {
    }

    static String format(Outcome o) {
        List<String> hops = new ArrayList<>();
        o.redirects().forEach(h -> hops.add(h.code() + " " + clean(h.url())));
        return String.join("\t", clean(o.address()), o.verdict().id(), Integer.toString(o.code()), o.checked().toString(),
                clean(o.suggestion().orElse("")), String.join("|", hops), clean(o.detail()));
    }

    static Optional<Outcome> parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
            return Optional.empty();
        }
        try {
            Optional<Verdict> verdict = Verdict.fromId(f[1]);
            if (verdict.isEmpty()) {
                return Optional.empty();
            }
            List<Hop> hops = new ArrayList<>();
            for (String hop : f[5].isEmpty() ? new String[0] : f[5].split("\\|")) {
                int space = hop.indexOf(' ');
                hops.add(new Hop(hop.substring(space + 1), Integer.parseInt(hop.substring(0, space))));
            }
            return Optional.of(new Outcome(f[0], verdict.get(), Integer.parseInt(f[2]), f[6], hops,
                    f[4].isEmpty() ? Optional.empty() : Optional.of(f[4]), Instant.parse(f[3]), false));
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
