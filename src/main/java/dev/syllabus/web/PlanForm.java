package dev.syllabus.web;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.plan.PlanRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The plan builder's inputs as the learner gave them (raw strings, so a bad value is shown back to be fixed), with the
 * choices the form offers. Its query string is the plan's shareable address.
 */
public record PlanForm(List<String> goals, List<String> known, String depth, String prefer, String creator, String budget,
                       String studyPace, String hoursPerWeek, String start, List<GoalOption> goalOptions, List<KnownGroup> knownGroups,
                       List<GoalOption> creators) {
    /** Concepts of one area, offered as "already known" checkboxes. */
    public record KnownGroup(String area, List<GoalOption> concepts) {
    }

    static PlanForm of(Map<String, List<String>> given, KnowledgeBase kb) {
        Map<String, List<String>> params = dev.syllabus.plan.PlanRequestParser.canonical(given);
        List<GoalOption> creators = kb.creators().stream().map(c -> new GoalOption(c.slug().value(), c.title(), ""))
                .sorted(Comparator.comparing(GoalOption::label, String.CASE_INSENSITIVE_ORDER)).toList();
        return new PlanForm(split(params.get(PlanRequest.GOAL)), split(params.get(PlanRequest.KNOWN)),
                one(params, PlanRequest.DEPTH, "light"), one(params, PlanRequest.PREFER, "any"),
                one(params, PlanRequest.CREATOR, ""), one(params, PlanRequest.BUDGET, ""),
                one(params, PlanRequest.STUDY_PACE, ""), one(params, PlanRequest.HOURS_PER_WEEK, ""), one(params, PlanRequest.START, ""), GoalOption.all(kb),
                knownGroups(kb), creators);
    }

    private static List<KnownGroup> knownGroups(KnowledgeBase kb) {
        Map<Area, List<GoalOption>> byArea = new TreeMap<>();
        kb.concepts().stream().sorted(Comparator.comparing(Concept::title)).forEach(c -> byArea
                .computeIfAbsent(c.area(), a -> new ArrayList<>()).add(new GoalOption(c.slug().value(), c.title(), "")));
        return byArea.entrySet().stream().map(e -> new KnownGroup(e.getKey().label(), e.getValue())).toList();
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add));
        }
        return out;
    }

    private static String one(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? fallback : values.get(0).strip();
    }

    public boolean isKnown(String slug) {
        return known.contains(slug);
    }

    /** The request as query parameters: the plan's address, without empty inputs. */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        goals.forEach(g -> params.merge(PlanRequest.GOAL, g, (a, b) -> a + "," + b));
        if (!known.isEmpty()) {
            params.put(PlanRequest.KNOWN, String.join(",", known));
        }
        params.put(PlanRequest.DEPTH, depth);
        params.put(PlanRequest.PREFER, prefer);
        params.put(PlanRequest.CREATOR, creator);
        params.put(PlanRequest.BUDGET, budget);
        params.put(PlanRequest.STUDY_PACE, studyPace);
        params.put(PlanRequest.HOURS_PER_WEEK, hoursPerWeek);
        params.put(PlanRequest.START, start);
        return params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + SearchPage.encode(e.getValue())).collect(Collectors.joining("&"));
    }

    /** The inputs in one line for the folded form: "Goal: DPO · knowing 2 concepts · videos · 12h · 5 h a week". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add("Goal: " + goals.stream().map(g -> goalOptions.stream().filter(o -> o.slug().equals(g)).findFirst()
                .map(GoalOption::label).orElse(g)).collect(Collectors.joining(", ")));
        if (!known.isEmpty()) {
            parts.add("knowing " + known.size() + " concept" + (known.size() == 1 ? "" : "s"));
        }
        parts.add(depth + " depth");
        if (!prefer.equals("any")) {
            parts.add(prefer + "s preferred");
        }
        if (!budget.isEmpty()) {
            parts.add("budget " + budget);
        }
        if (!studyPace.isEmpty()) {
            parts.add("your pace " + studyPace + "×");
        }
        if (!hoursPerWeek.isEmpty()) {
            parts.add(hoursPerWeek + " h a week" + (start.isEmpty() ? "" : " from " + start));
        }
        return String.join(" · ", parts);
    }

    List<Link> downloads(boolean scheduled) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("/plan?" + query() + "&format=markdown", "Markdown", "md"));
        links.add(new Link("/plan?" + query() + "&format=json", "JSON", "json"));
        links.add(new Link("/plan?" + query() + "&format=ics", "Calendar (ICS)", scheduled ? "ics" : ""));
        return scheduled ? links : links.subList(0, 2);
    }
}
