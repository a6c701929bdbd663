package dev.syllabus.links;

import java.util.List;

/** One result as a line for people: verdict, address, why, where it is written, and what to do about a redirect. */
final class TextLines {
    private TextLines() {
    }

    static String line(Checked c) {
        Outcome o = c.outcome();
        StringBuilder b = new StringBuilder(String.format("%-12s %s", label(c), o.address().isEmpty() ? "(no address)" : o.address()));
        if (!o.detail().isEmpty()) {
            b.append("  ").append(o.detail());
        }
        o.suggestion().ifPresent(s -> b.append(o.verdict() == Verdict.MALFORMED ? "; write it as " : "; moved for good: update it to ")
                .append(s));
        if (!o.redirects().isEmpty() && o.suggestion().isEmpty()) {
            b.append(" (after ").append(o.redirects().size()).append(o.redirects().size() == 1 ? " redirect)" : " redirects)");
        }
        List<Occurrence> at = c.target().occurrences();
        if (!at.isEmpty()) {
            b.append("\n             in ").append(at.get(0)).append(at.size() > 1 ? " and " + (at.size() - 1) + " more" : "");
        }
        return b.toString();
    }

    static String label(Checked c) {
        String v = c.outcome().verdict().id().toUpperCase(java.util.Locale.ROOT);
        if (c.documentedProblem()) {
            return v + "*";
        }
        return c.outcome().verdict() == Verdict.OK && c.outcome().suggestion().isPresent() ? "MOVED" : v;
    }
}
