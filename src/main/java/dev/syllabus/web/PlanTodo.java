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
 * day it starts. An activity, which has nothing to open, stands as itself. Each names the progress item its "done"
 * button marks ({@code mark*}, empty for an activity): the resource, segment or paper to open, else the concept.
 */
public record PlanTodo(Link page, String kind, String byline, String length, String part, String link, String mode,
                       List<Link> teaches, String why, String chain, List<String> notes, boolean optional, String date,
                       String markKind, String markSlug, String markPart) {
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
                todos.put("step-" + s.order(), new Builder(null, s, subject));
                continue;
            }
            for (StudyItem i : s.items()) {
                String key = i.slug().value() + "|" + i.part().orElse("");
                Builder b = todos.computeIfAbsent(key, k -> new Builder(i, s, subject));
                if (s.kind() != Step.Kind.RESOURCE || s.also().isEmpty()) {
                    // A step grouped under one resource names the resource as its title, not as something it teaches.
                    b.teaches.add(subject);
                }
                s.also().forEach(a -> b.teaches.add(new Link("/" + EntityType.CONCEPT.folder() + "/" + a.concept(), a.title(), "")));
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
            String chain = step.chain();
            if (item == null) {
                String kind = switch (step.kind()) {
                    case CONCEPT -> "step-concept";
                    case PAPER -> "step-paper";
                    case RESOURCE -> "step-resource";
                    case ACTIVITY -> "";
                };
                return new PlanTodo(subject, "", "", Lengths.of(step.minutes()), "", null, "", List.of(), step.reason(), chain,
                        List.of(), false, date, step.subject().isEmpty() ? "" : kind,
                        step.subject().map(Object::toString).orElse(""), "");
            }
            String markKind = item.isPage() ? "step-concept" : item.isPaper() ? "step-paper" : "step-resource";
            String markPart = "";
            if (item.part().isPresent() && !item.isPage() && !item.isPaper()) {
                markPart = segmentNumber(wiki, item);
                markKind = markPart.isEmpty() ? markKind : "step-segment";
            }
            String folder = item.isPage() ? EntityType.CONCEPT.folder() : item.isPaper() ? EntityType.PAPER.folder()
                    : EntityType.RESOURCE.folder();
            List<String> notes = new ArrayList<>();
            if (!item.note().isEmpty()) {
                notes.add(item.note());
            }
            if (!item.advice().isEmpty()) {
                notes.add(item.advice());
            }
            return new PlanTodo(new Link("/" + folder + "/" + item.slug(), item.title(), ""), Labels.words(item.kind()),
                    item.byline(), Lengths.of(item.minutes()), item.part().orElse(""), item.link().orElse(null),
                    item.mode().map(Labels::token).orElse(""), List.copyOf(teaches), step.reason(), chain, notes,
                    item.optional(), date, markKind, item.slug().value(), markPart);
        }

        /** The number (from 1) of the resource's segment that the item's part names; empty when none matches. */
        private static String segmentNumber(Wiki wiki, StudyItem item) {
            var segments = wiki.kb().get(item.slug(), dev.syllabus.kb.Resource.class).map(r -> r.segments()).orElse(List.of());
            for (int n = 0; n < segments.size(); n++) {
                if (segments.get(n).label().equals(item.part().get())) {
                    return Integer.toString(n + 1);
                }
            }
            return "";
        }
    }
}
