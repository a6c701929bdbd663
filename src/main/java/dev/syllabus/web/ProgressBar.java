package dev.syllabus.web;

/** How far a learner is through a path or plan: a {@code <progress>} element and the same in words. */
public record ProgressBar(String id, String title, int done, int total, String text) {
    public boolean complete() {
        return total > 0 && done >= total;
    }
}
