package dev.syllabus.web;

import dev.syllabus.kb.EntityType;
import dev.syllabus.plan.Plan;
import dev.syllabus.plan.Step;
import dev.syllabus.plan.StudyItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as a list of things to do: each resource (or part of one) once, at its first step, with every concept it
 * teaches in the plan, the one need that put it there (the full chain on request), its notes and, with a pace, the
 * day it starts. Concept steps already taught by an earlier item add to that item instead of standing empty.
 */
public record PlanTodo(Link page, String kind, String byline, String length, String part, String link, String mode,
                       List<Link> teaches, String why, String chain, List<String> notes, boolean optional, String date) {
    public boolean hasLink() {
        return link != null;
    }

    /** The action the item asks for, by its kind: "Watch", "Read", "Do". */
    public String verb() {
        String k = kind.toLowerCase(java.util.Locale.ROOT);
        if (k.contains("video")) {
            return "Watch";
        }
        return k.isEmpty() ? "Do" : k.contains("course") || k.contains("interactive") || k.contains("code") ? "Work through" : "Read";
    }

    static List<PlanTodo> of(Plan plan, Wiki wiki) {
        Map<String, Builder> todos = new LinkedHashMap<>();
        for (Step s : plan.steps()) {
            Link subject = subject(s);
            if (s.items().isEmpty()) {
                Builder covering = s.coveredBy().flatMap(c -> todos.values().stream()
                        .filter(b -> b.item != null && b.item.slug().equals(c.item())).findFirst()).orElse(null);
                if (covering != null) {
                    covering.teaches.add(subject);
                } else {
                    todos.put("step-" + s.order(), new Builder(null, s, subject));
                }
                continue;
            }
            for (StudyItem i : s.items()) {
                String key = i.slug().value() + "|" + i.part().orElse("");
                todos.computeIfAbsent(key, k -> new Builder(i, s, subject)).teaches.add(subject);
            }
        }
        return todos.values().stream().map(b -> b.build(wiki)).toList();
    }

    private static Link subject(Step s) {
        String folder = switch (s.kind()) {
            case CONCEPT -> EntityType.CONCEPT.folder();
            case PAPER -> EntityType.PAPER.folder();
            case RESOURCE -> EntityType.RESOURCE.folder();
            case ACTIVITY -> "";
        };
        return new Link(folder.isEmpty() || s.subject().isEmpty() ? "" : "/" + folder + "/" + s.subject().get(), s.title(), "");
    }

    /**
     * The need in one line: the planner's reason is the chain from the goal down to the step, then the sentence that
     * says which concept needs it and why; the page shows that sentence, and the chain on request.
     */
    static String why(String reason) {
        int arrow = reason.lastIndexOf(" → ");
        if (arrow < 0) {
            return reason;
        }
        int sentence = reason.indexOf(". ", arrow);
        return sentence < 0 ? "Needed for " + reason.substring(arrow + 3).replaceAll("\\.$", "") + "."
                : reason.substring(sentence + 2).strip();
    }

    private static final class Builder {
        final StudyItem item;
        final Step step;
        final Link subject;
        final List<Link> teaches = new ArrayList<>();

        Builder(StudyItem item, Step step, Link subject) {
            this.item = item;
            this.step = step;
            this.subject = subject;
        }

        PlanTodo build(Wiki wiki) {
            String date = step.date().map(PlanAgenda::day).orElse("");
            String chain = step.reason().contains(" → ") ? step.reason() : "";
            if (item == null) {
                return new PlanTodo(subject, "", "", "", "", null, "", List.of(), why(step.reason()), chain,
                        List.of("Nothing to study for it in the plan: its page explains it in a few minutes."), false, date);
            }
            String folder = item.isPaper() ? EntityType.PAPER.folder() : EntityType.RESOURCE.folder();
            List<String> notes = new ArrayList<>();
            if (!item.note().isEmpty()) {
                notes.add(item.note());
            }
            if (!item.advice().isEmpty()) {
                notes.add(item.advice());
            }
            return new PlanTodo(new Link("/" + folder + "/" + item.slug(), item.title(), ""), Labels.words(item.kind()),
                    item.byline(), Lengths.of(item.minutes()), item.part().orElse(""), item.link().orElse(null),
                    item.mode().map(Labels::token).orElse(""), List.copyOf(teaches), why(step.reason()), chain, notes,
                    item.optional(), date);
        }
    }
}
