package dev.syllabus.web;

import java.util.List;

/**
 * A static copy's stand-in for the plan builder and the JSON API: both answer each request on a server, so the page
 * says how to get a plan (the command for the chosen goal, or {@code serve}) and links the curated paths, which are
 * plain pages.
 */
public record StaticPlanPage(List<Link> paths, List<GoalOption> goals) {
    public StaticPlanPage {
        paths = List.copyOf(paths);
        goals = List.copyOf(goals);
    }
}
