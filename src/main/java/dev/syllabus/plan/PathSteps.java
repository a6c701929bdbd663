package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.List;
import java.util.Optional;

/**
 * The steps of a curated path named as a goal: the path's items in the curator's order, less what the learner knows
 * and what an earlier goal already scheduled; the items it postpones are left out with the curator's reason.
 */
final class PathSteps {
    private PathSteps() {
    }

    static void add(KnowledgeBase kb, Needs needs, LearningPath path, StudyTime time, Draft d) {
        PathReport report = PathReport.of(kb, path, time);
        for (PathReport.Phase phase : report.phases()) {
            String reason = "Phase " + phase.number() + " of your goal, the path \"" + path.title() + "\": " + phase.title() + ".";
            phase.items().forEach(item -> add(kb, needs, item, reason, time, d));
        }
        report.postponed().forEach(o -> d.omit(new Omission(o.slug(), o.title(),
                "Postponed by the path \"" + path.title() + "\": " + o.reason())));
    }

    private static void add(KnowledgeBase kb, Needs needs, PathReport.Item item, String reason, StudyTime time, Draft d) {
        switch (item.type()) {
            case RESOURCE -> resource(kb, needs, item, reason, d);
            case PAPER -> paper(item, reason, d);
            case CONCEPT -> concept(kb, needs, item, reason, time, d);
            case ACTIVITY -> d.add(Step.Kind.ACTIVITY, Optional.empty(), item.title(), List.of(), Optional.empty(),
                    reason + note(item), item.minutes());
        }
    }

    /** A resource, unless the learner knows all it teaches or an earlier goal scheduled it. */
    private static void resource(KnowledgeBase kb, Needs needs, PathReport.Item item, String reason, Draft d) {
        Resource r = item.slug().flatMap(s -> kb.get(s, Resource.class)).orElse(null);
        if (r != null && known(needs, r)) {
            d.omit(new Omission(r.slug(), r.title(), "You know what it teaches."));
        } else if (r == null || d.coverage.allows(r)) {
            if (r != null) {
                d.coverage.add(r, new Step.Cover(d.nextOrder(), r.slug(), r.title()));
            }
            d.add(Step.Kind.RESOURCE, item.slug(), item.title(), item.material().stream().toList(), Optional.empty(),
                    reason, item.minutes());
        }
    }

    private static void paper(PathReport.Item item, String reason, Draft d) {
        Optional<Slug> slug = item.slug();
        if (slug.isPresent() && !d.coverage.hasPaper(slug.get())) {
            d.coverage.addPaper(slug.get());
            d.add(Step.Kind.PAPER, slug, item.title(), item.material().stream().toList(), Optional.empty(), reason,
                    item.minutes());
        }
    }

    /**
     * A concept page, unless the learner knows the concept or the path already listed its page. The curator keeps it
     * as a reference; the plan counts its short read unless the curator gives the time.
     */
    private static void concept(KnowledgeBase kb, Needs needs, PathReport.Item item, String reason, StudyTime time, Draft d) {
        Optional<Slug> slug = item.slug();
        Optional<Concept> concept = slug.flatMap(s -> kb.get(s, Concept.class));
        if (slug.isPresent() && needs.isKnown(slug.get())) {
            d.omit(new Omission(slug.get(), item.title(), "You know it."));
        } else if (slug.flatMap(d.coverage::taughtBy).filter(c -> c.item().equals(slug.get())).isEmpty()) {
            slug.ifPresent(c -> d.coverage.teach(c, new Step.Cover(d.nextOrder(), c, item.title())));
            Minutes minutes = item.minutes().equals(Minutes.ZERO) && concept.isPresent() ? time.page(concept.get().body()) : item.minutes();
            List<StudyItem> page = concept.map(c -> StudyItem.page(c, minutes, "Use it as a reference." + note(item))).stream().toList();
            d.add(Step.Kind.CONCEPT, slug, item.title(), page, Optional.empty(), reason, minutes);
        }
    }

    private static boolean known(Needs needs, Resource r) {
        return !r.allConcepts().isEmpty() && r.allConcepts().stream().allMatch(needs::isKnown);
    }

    private static String note(PathReport.Item item) {
        return item.note().isEmpty() ? "" : " " + item.note();
    }
}
