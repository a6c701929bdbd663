package dev.syllabus.web;

import java.util.List;

/**
 * One progress form as a page shows it: the item's fields, the learner's state on it ("Done on 2026-12-02"), the
 * buttons that change it, the form token and the page to come back to. Compact forms (segments, path items, plan
 * steps) offer only done and undo.
 */
public record ProgressButtons(String id, String kind, String slug, String part, String label, String state, boolean done,
                              List<Choice> choices, String token, String back, boolean compact) {
    /** A button: the status it sends and its visible words (its accessible name adds the item's title). */
    public record Choice(String status, String text) {
        public boolean primary() {
            return status.equals("done");
        }
    }
}
