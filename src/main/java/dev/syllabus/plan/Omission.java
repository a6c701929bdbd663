package dev.syllabus.plan;

import dev.syllabus.kb.Slug;

/** Something the plan leaves out (a known concept, a paper dropped for the budget, a postponed item) and why. */
public record Omission(Slug slug, String title, String reason) {
}
