package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a learner's request into an ordered, timed, explained study plan. A pure function of the knowledge base, the
 * request and the clock (which dates an undated pace and stamps the plan), so the same inputs give the same plan and
 * progress can later be added as one more input.
 */
public final class Planner {
    private final Clock clock;

    public Planner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Builds the per-knowledge-base lookups plans share, so the first request does not pay for them; the web calls this
     * once after loading the knowledge base. Planning without it builds them on first use.
     */
    public static void prepare(KnowledgeBase kb) {
        PlanIndex.of(kb);
    }

    /**
     * The plan for {@code request}.
     *
     * @throws PlanRequestException when a goal, known concept or creator is not in the knowledge base (with the closest
     *                              slugs), or names the wrong kind of entity
     */
    public Plan plan(KnowledgeBase kb, PlanRequest request) {
        PlanIndex index = PlanIndex.of(kb);
        Goals goals = Goals.resolve(kb, request);
        List<Concept> known = Goals.known(kb, request);
        Goals.checkCreators(kb, request);
        Needs needs = Needs.of(index, goals.roots(), known, request.depth());
        BudgetFit.Result fitted = BudgetFit.fit(new Assembly(index, request, goals, needs), request.budget());
        List<Step> steps = GoalTitles.of(goals, Grouping.of(index, request.depth(), fitted.draft().steps()));
        Optional<Schedule> schedule = request.pace().map(p -> schedule(steps, p, request));
        List<Step> dated = schedule.map(s -> steps.stream().map(st -> s.dateOf(st.order()).map(st::withDate).orElse(st)).toList())
                .orElse(steps);
        return new Plan(request, dated, omitted(fitted.draft(), steps), fitted.draft().total(), fitted.outcome(), schedule,
                clock.instant());
    }

    /** What was left out, less anything that made it into the plan another way. */
    private static List<Omission> omitted(Draft d, List<Step> steps) {
        if (d.omitted().isEmpty()) {
            return List.of();
        }
        Set<Slug> inPlan = new HashSet<>();
        steps.forEach(s -> {
            s.subject().ifPresent(inPlan::add);
            s.items().forEach(i -> inPlan.add(i.slug()));
        });
        return d.omitted().stream().filter(o -> !inPlan.contains(o.slug())).toList();
    }

    Schedule schedule(List<Step> steps, Pace pace, PlanRequest request) {
        List<Schedule.Work> work = new ArrayList<>();
        for (Step s : steps) {
            if (s.items().isEmpty()) {
                work.add(new Schedule.Work(s.order(), s.title(), Optional.empty(), s.minutes()));
            }
            for (StudyItem i : s.items()) {
                String title = s.kind() == Step.Kind.CONCEPT ? s.title() + ": " + i.title() : i.title();
                work.add(new Schedule.Work(s.order(), title, i.deepLink(), i.minutes()));
            }
        }
        LocalDate start = pace.start().orElse(LocalDate.now(clock));
        String name = "plan for " + request.goals().stream().map(Slug::value).collect(Collectors.joining(", "));
        return Schedule.of(work, pace, start, clock.instant(), name);
    }
}
