package dev.syllabus.search;

/**
 * A completion offered while typing: {@code text} is the name that matched (a title, an alias such as "RoPE", a
 * creator's name) and {@code title} the page it leads to.
 */
public record Suggestion(String text, String type, String slug, String title) {
}
