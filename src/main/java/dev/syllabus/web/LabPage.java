package dev.syllabus.web;

import java.util.List;

/** A lab's own page: its panel and the concept pages that explain what it computes. */
public record LabPage(LabPanel panel, List<Link> concepts) {
}
