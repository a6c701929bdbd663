package dev.syllabus.web;

import dev.syllabus.kb.Slug;
import dev.syllabus.lab.Lab;

import java.util.List;

/** A lab's own page: its panel and the concept pages that explain what it computes. */
public record LabPage(LabPanel panel, List<Link> concepts) {
    static LabPage of(LabPanel panel, Wiki wiki) {
        return new LabPage(panel, concepts(panel.lab(), wiki));
    }

    /** Links to the concepts a lab belongs to that this knowledge base has. */
    static List<Link> concepts(Lab lab, Wiki wiki) {
        return lab.concepts().stream().filter(c -> wiki.kb().get(Slug.of(c)).isPresent()).map(c -> wiki.link(Slug.of(c))).toList();
    }
}
