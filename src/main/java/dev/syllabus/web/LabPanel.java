package dev.syllabus.web;

import dev.syllabus.lab.Lab;
import dev.syllabus.lab.LabField;

import java.util.List;

/**
 * One lab as a page shows it: its form with the values the learner gave (or the defaults), and either the result or
 * the message saying which input was refused and why. The form posts to the lab's own page, so it works without
 * JavaScript; the lab script swaps in the result region of that page as the learner types.
 */
public record LabPanel(Lab lab, List<Input> inputs, String error, String errorField, LabView view) {
    /** A form control: the field and the value to show in it. */
    public record Input(LabField field, String value) {
        public String id(Lab lab) {
            return "lab-" + lab.id() + "-" + field.name();
        }
    }

    public String action() {
        return "/labs/" + lab.id();
    }

    /** Text labs post, since their text can be longer than an address should be; the others are shareable links. */
    public String method() {
        return lab == Lab.TOKENIZE || lab == Lab.BPE ? "post" : "get";
    }

    public String id() {
        return "lab-" + lab.id();
    }
}
