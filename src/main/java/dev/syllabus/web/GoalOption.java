package dev.syllabus.web;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One choice in the plan builder's goal picker: a concept, paper or path, grouped for the select box. */
public record GoalOption(String slug, String label, String group) {
    static List<GoalOption> all(KnowledgeBase kb) {
        List<GoalOption> options = new ArrayList<>();
        kb.concepts().stream().sorted(Comparator.comparing(Concept::area).thenComparing(Concept::title))
                .forEach(c -> options.add(new GoalOption(c.slug().value(), c.title(), "Concepts: " + areaLabel(c.area()))));
        kb.papers().forEach(p -> options.add(new GoalOption(p.slug().value(), p.title() + " (" + p.year() + ")", "Papers")));
        kb.paths().forEach(p -> options.add(new GoalOption(p.slug().value(), p.title(), "Curated paths")));
        return List.copyOf(options);
    }

    private static String areaLabel(Area a) {
        return a.label();
    }
}
