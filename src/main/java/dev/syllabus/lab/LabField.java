package dev.syllabus.lab;

import java.util.List;

/**
 * One input of a lab as the form, the query string and the CLI name it: a name, a label for people, what it means
 * (with its bounds), its default as text, and for a closed set its choices. One list per lab drives the web form,
 * the API's parameter list and the refusal of unknown names.
 */
public record LabField(String name, String label, String description, String fallback, List<String> choices, boolean multiline) {
    static LabField of(String name, String label, String description, String fallback) {
        return new LabField(name, label, description, fallback, List.of(), false);
    }

    static LabField choice(String name, String label, String description, String fallback, List<String> choices) {
        return new LabField(name, label, description, fallback, List.copyOf(choices), false);
    }

    static LabField text(String name, String label, String description, String fallback) {
        return new LabField(name, label, description, fallback, List.of(), true);
    }
}
