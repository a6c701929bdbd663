package dev.syllabus.links;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The results of one run in the order the addresses were found, with the run's length. */
public record Report(List<Checked> items, Duration elapsed) {
    public Report {
        items = List.copyOf(items);
    }

    public boolean failed() {
        return items.stream().anyMatch(Checked::fails);
    }

    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        items.forEach(i -> counts.merge(i.outcome().verdict(), 1, Integer::sum));
        return counts;
    }

    public long documented() {
        return items.stream().filter(Checked::documentedProblem).count();
    }

    public long suggestions() {
        return items.stream().filter(i -> i.outcome().verdict() == Verdict.OK && i.outcome().suggestion().isPresent()).count();
    }

    public long cached() {
        return items.stream().filter(i -> i.outcome().cached()).count();
    }

    /** "212 addresses: 198 ok, 3 broken (1 documented), 5 malformed (5 documented), 4 unverifiable, 2 skipped ..." */
    public String summary() {
        Map<Verdict, Integer> c = counts();
        long documentedBroken = items.stream().filter(i -> i.documentedProblem() && i.outcome().verdict() == Verdict.BROKEN).count();
        long documentedMalformed = documented() - documentedBroken;
        return String.format("%d address%s: %d ok, %d broken%s, %d malformed%s, %d unverifiable, %d skipped; "
                        + "%d permanent redirect%s to update; %d from the cache; %.1f s",
                items.size(), items.size() == 1 ? "" : "es", c.get(Verdict.OK), c.get(Verdict.BROKEN),
                documentedBroken > 0 ? " (" + documentedBroken + " documented)" : "", c.get(Verdict.MALFORMED),
                documentedMalformed > 0 ? " (" + documentedMalformed + " documented)" : "", c.get(Verdict.UNVERIFIABLE),
                c.get(Verdict.SKIPPED), suggestions(), suggestions() == 1 ? "" : "s", cached(), elapsed.toMillis() / 1000.0);
    }
}
