package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The prerequisite graph is acyclic, soft edges included (plans order background before what it motivates, so a cycle
 * through a soft edge has no order either); a cycle is printed whole so the curator sees which edge to cut.
 */
final class CycleRule implements Rule {
    @Override
    public List<Finding> check(LoadedContent content) {
        List<Finding> out = new ArrayList<>();
        for (List<Slug> cycle : content.kb().graph().cycles()) {
            Slug from = cycle.get(cycle.size() - 2);
            Slug to = cycle.get(cycle.size() - 1);
            String file = "concepts/" + from + ".md";
            int edge = content.kb().graph().prerequisitesOf(from).indexOf(to);
            // Point at the very prerequisite that closes the cycle, so the curator sees the line to delete.
            int line = content.sourceOf(from).map(s -> s.lineOf("/prerequisites/" + edge + "/concept")).orElse(0);
            boolean hard = isHard(content, cycle);
            out.add(Finding.error("prerequisite-cycle", content.sourceOf(from).map(s -> s.path()).orElse(file), line,
                    (hard ? "hard prerequisite cycle: " : "prerequisite cycle through a soft edge: ")
                            + cycle.stream().map(Slug::value).collect(Collectors.joining(" -> "))
                            + " (each requires the next); remove one of these prerequisites, e.g. '" + to + "' from " + from
                            + (hard ? "" : ", or turn a soft edge round")));
        }
        return out;
    }

    private static boolean isHard(LoadedContent content, List<Slug> cycle) {
        for (int i = 0; i + 1 < cycle.size(); i++) {
            if (!content.kb().graph().hardPrerequisitesOf(cycle.get(i)).contains(cycle.get(i + 1))) {
                return false;
            }
        }
        return true;
    }
}
