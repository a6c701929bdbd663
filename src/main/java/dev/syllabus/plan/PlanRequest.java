package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a learner asks of the planner: goals (concept, paper or path slugs), what they already know, depth, taste, a time
 * budget, a weekly pace for dates and the learner's own study pace (a factor on the {@link StudyTime} model). Slugs are only checked for their form here; {@link Planner} checks them against the knowledge
 * base. The web and the CLI build requests with {@link PlanRequestParser#parse}.
 */
public record PlanRequest(List<Slug> goals, List<Slug> known, Depth depth, Preference prefer, List<Slug> creators,
                          Optional<Minutes> budget, Optional<Pace> pace, StudyTime studyTime) {
    public static final String GOAL = "goal";
    public static final String KNOWN = "known";
    public static final String DEPTH = "depth";
    public static final String PREFER = "prefer";
    public static final String CREATOR = "creator";
    public static final String BUDGET = "budget";
    public static final String HOURS_PER_WEEK = "hoursPerWeek";
    public static final String START = "start";
    /** The command line's spelling of {@link #HOURS_PER_WEEK}, accepted on the web as well so a user's habit works in both. */
    public static final String HOURS_PER_WEEK_OPTION = "hours-per-week";
    public static final String STUDY_PACE = "studyPace";
    /** Every parameter name the parser reads, in the order forms show them. */
    public static final List<String> PARAMETERS = List.of(GOAL, KNOWN, DEPTH, PREFER, CREATOR, BUDGET, STUDY_PACE,
            HOURS_PER_WEEK, START);

    public PlanRequest {
        goals = List.copyOf(distinct(goals));
        known = List.copyOf(distinct(known));
        creators = List.copyOf(distinct(creators));
        studyTime = studyTime == null ? StudyTime.TYPICAL : studyTime;
        if (goals.isEmpty()) {
            throw new PlanRequestException(GOAL, "", "is missing: name at least one concept, paper or path to plan for");
        }
    }

    /** A light plan towards {@code goals}, for any kind of material, with no budget or pace. */
    public static PlanRequest of(Slug... goals) {
        return new PlanRequest(List.of(goals), List.of(), Depth.LIGHT, Preference.ANY, List.of(), Optional.empty(),
                Optional.empty(), StudyTime.TYPICAL);
    }

    public PlanRequest withKnown(List<Slug> slugs) {
        return new PlanRequest(goals, slugs, depth, prefer, creators, budget, pace, studyTime);
    }

    public PlanRequest withDepth(Depth d) {
        return new PlanRequest(goals, known, d, prefer, creators, budget, pace, studyTime);
    }

    public PlanRequest withPrefer(Preference p) {
        return new PlanRequest(goals, known, depth, p, creators, budget, pace, studyTime);
    }

    public PlanRequest withCreators(List<Slug> slugs) {
        return new PlanRequest(goals, known, depth, prefer, slugs, budget, pace, studyTime);
    }

    public PlanRequest withBudget(Minutes b) {
        return new PlanRequest(goals, known, depth, prefer, creators, Optional.of(b), pace, studyTime);
    }

    public PlanRequest withPace(Pace p) {
        return new PlanRequest(goals, known, depth, prefer, creators, budget, Optional.of(p), studyTime);
    }

    public PlanRequest withStudyTime(StudyTime t) {
        return new PlanRequest(goals, known, depth, prefer, creators, budget, pace, t);
    }

    private static List<Slug> distinct(List<Slug> slugs) {
        List<Slug> out = new ArrayList<>();
        slugs.stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }
}
