package dev.syllabus.cli;

import dev.syllabus.plan.Format;
import dev.syllabus.plan.PlanRequest;
import dev.syllabus.plan.PlanRequestException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bridges the plan and path commands' options to the planner's parameters, so the CLI and the web validate requests
 * the same way, and words the planner's complaints with the option names a terminal user typed.
 */
final class PlanOptions {
    private static final Map<String, String> OPTION = Map.of(PlanRequest.GOAL, "--goal", PlanRequest.KNOWN, "--known",
            PlanRequest.DEPTH, "--depth", PlanRequest.PREFER, "--prefer", PlanRequest.CREATOR, "--creator",
            PlanRequest.BUDGET, "--budget", PlanRequest.HOURS_PER_WEEK, "--hours-per-week", PlanRequest.START, "--start", PlanRequest.STUDY_PACE, "--study-pace",
            "path", "path");

    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    PlanOptions put(String parameter, List<String> values) {
        if (values != null && !values.isEmpty()) {
            parameters.put(parameter, List.copyOf(values));
        }
        return this;
    }

    PlanOptions put(String parameter, String value) {
        return value == null ? this : put(parameter, List.of(value));
    }

    Map<String, List<String>> parameters() {
        return parameters;
    }

    static UsageError usage(PlanRequestException e) {
        return new UsageError(e.messageFor(p -> OPTION.getOrDefault(p, p)));
    }

    static Format format(String text) {
        return Format.fromId(text).orElseThrow(() -> new UsageError("--format '" + text
                + "' is not a format: write one of text, markdown, json, ics"));
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }
}
