package dev.syllabus.plan;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The short notes that explain why an item was chosen, and why something was left out for a budget. */
final class ItemNotes {
    private final KnowledgeBase kb;
    private final PlanRequest request;

    ItemNotes(KnowledgeBase kb, PlanRequest request) {
        this.kb = kb;
        this.request = request;
    }

    /** {@code forBudget}: the item is not of the kind the learner prefers because those take too long for the budget. */
    String of(Candidate c, boolean forBudget) {
        List<String> parts = new ArrayList<>();
        c.pick().ifPresent(p -> parts.add("The " + p.role().id() + " pick of the guide \""
                + kb.get(p.guide()).map(Entity::title).orElse(p.guide().value()) + "\" for topic " + p.topic() + ", "
                + p.topicTitle() + "."));
        c.part().ifPresent(s -> parts.add(part(s)));
        if (c.mismatch() && forBudget) {
            parts.add(capitalised(article(c.resource().kind())) + " rather than a " + request.prefer().id()
                    + ", to fit the budget" + request.budget().map(b -> " of " + b).orElse("") + ".");
        } else if (c.mismatch()) {
            parts.add("The knowledge base has no " + request.prefer().id() + " on this, so " + article(c.resource().kind())
                    + " instead.");
        } else if (c.heavy() && request.depth() == Depth.LIGHT) {
            parts.add("The knowledge base has no short explainer on this, so " + article(c.resource().kind()) + " instead.");
        }
        if (c.unusable()) {
            parts.add("No source gives a working link for it: search for its title.");
        }
        return String.join(" ", parts);
    }

    private static String part(Segment s) {
        String where = s.label().isEmpty() ? "One part" : "Only the part " + s.label();
        String what = s.covers().isEmpty() ? "" : ": " + s.covers();
        return where + what + (s.approximate() ? " (the start time is approximate)." : ".");
    }

    String swapped(Candidate preferred, Optional<Minutes> budget) {
        return "Chosen over \"" + preferred.resource().title() + "\" to fit the budget" + budget.map(b -> " of " + b).orElse("")
                + ": it takes less time for what it teaches.";
    }

    Omission swapOmission(Candidate preferred, Candidate shorter, Optional<Minutes> budget) {
        return new Omission(preferred.resource().slug(), preferred.resource().title(), "Swapped for \""
                + shorter.resource().title() + "\", which takes less time for what it teaches, to fit the budget"
                + budget.map(b -> " of " + b).orElse("") + ".");
    }

    Omission droppedPaper(Paper p, Optional<Minutes> budget) {
        return new Omission(p.slug(), p.title(), "Deep reading (" + request.studyTime().own(p.readingTime()) + ") left out to fit the budget"
                + budget.map(b -> " of " + b).orElse("") + "; read it when you have the time.");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String article(ResourceKind kind) {
        String name = kind.id().replace('-', ' ');
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
