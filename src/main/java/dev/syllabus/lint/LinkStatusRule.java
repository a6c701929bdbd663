package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.links.ContentTargets;
import dev.syllabus.links.LinkStatus;
import dev.syllabus.links.Occurrence;
import dev.syllabus.links.StatusFile;
import dev.syllabus.links.Target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Addresses that the last link check (content/link-status.tsv) found broken or malformed, where they are written. They
 * are warnings, not errors: a site that is down for an hour must not stop the wiki from being served. Addresses the
 * content documents as defective are already reported as documented defects and are not repeated here.
 */
final class LinkStatusRule implements Rule {
    @Override
    public List<Finding> check(LoadedContent content) {
        StatusFile.Read statuses = StatusFile.read(content.root());
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Integer, String> p : statuses.problems().entrySet()) {
            out.add(Finding.warning("link-status-syntax", StatusFile.NAME, p.getKey(), p.getValue()));
        }
        if (statuses.statuses().isEmpty()) {
            return out;
        }
        for (Target t : ContentTargets.of(content, Instant.EPOCH).targets()) {
            Optional<LinkStatus> s = statuses.of(t.address()).filter(x -> x.verdict().isProblem());
            if (s.isEmpty() || t.documented().isPresent()) {
                continue;
            }
            for (Occurrence at : t.occurrences()) {
                out.add(Finding.warning("link-broken", at.file(), at.line(), "address " + t.address() + " was "
                        + s.get().describe() + ": fix or replace it, then run syllabus check-links --content DIR --write-status"));
            }
        }
        return out;
    }
}
