package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;

import java.util.ArrayList;
import java.util.List;

/** Runs every validation rule over a loaded content tree and returns all findings, the loader's included, in file order. */
public final class Validator {
    private static final List<Rule> RULES = List.of(
            new ReferenceRule(),
            new DuplicateUrlRule(),
            new CycleRule(),
            new LinkDefectRule(),
            new LinkStatusRule(),
            new SegmentRule(),
            new PathItemAddressRule(),
            new GuideTopicRule(),
            new OrphanRule(),
            new DraftRule());

    private Validator() {
    }

    public static List<Finding> validate(LoadedContent content) {
        List<Finding> all = new ArrayList<>(content.findings());
        for (Rule rule : RULES) {
            all.addAll(rule.check(content));
        }
        all.sort(Finding.ORDER);
        return List.copyOf(all);
    }
}
