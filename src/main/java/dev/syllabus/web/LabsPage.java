package dev.syllabus.web;

import dev.syllabus.lab.Lab;

import java.util.Arrays;
import java.util.List;

/** The list of labs ({@code /labs}): each with what it computes, its page, its command and the concepts it belongs to. */
public record LabsPage(List<Entry> labs) {
    /** One lab in the list. */
    public record Entry(Lab lab, String href, String command, List<Link> concepts) {
    }

    /** Every lab, in the order of {@link Lab}; concepts the knowledge base lacks are left out. */
    static LabsPage of(Wiki wiki) {
        return new LabsPage(Arrays.stream(Lab.values()).map(lab -> new Entry(lab, "/labs/" + lab.id(), "syllabus lab " + lab.id(),
                LabPage.concepts(lab, wiki))).toList());
    }
}
