package dev.syllabus.ingest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.List;
import java.util.stream.Collectors;

/** YAML scalars for generated front matter: every text double-quoted with JSON escapes, which YAML reads the same way. */
final class Yaml {
    private Yaml() {
    }

    static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    static String flowList(List<String> plainItems) {
        return "[" + String.join(", ", plainItems) + "]";
    }

    static String quotedFlowList(List<String> items) {
        return items.stream().map(Yaml::quote).collect(Collectors.joining(", ", "[", "]"));
    }
}
