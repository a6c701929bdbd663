package dev.syllabus.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.syllabus.kb.Slug;

/**
 * Names a step by the goal it teaches: when an explainer chosen for one concept also teaches a goal (the DPO video picked
 * for reward modelling), the learner should see the goal as the step's title, not as a footnote under another concept.
 */
final class GoalTitles {
    private GoalTitles() {
    }

    static List<Step> of(Goals goals, List<Step> steps) {
        Set<Slug> roots = goals.roots().stream().map(Goals.Root::concept).collect(Collectors.toSet());
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            Optional<Step.Also> goal = s.kind() == Step.Kind.CONCEPT && s.subject().filter(roots::contains).isEmpty()
                    ? s.also().stream().filter(a -> roots.contains(a.concept())).findFirst() : Optional.empty();
            out.add(goal.map(g -> retitled(s, g)).orElse(s));
        }
        return out;
    }

    private static Step retitled(Step s, Step.Also goal) {
        List<Step.Also> also = new ArrayList<>();
        also.add(new Step.Also(s.subject().orElseThrow(), s.title(), s.reason()));
        s.also().stream().filter(a -> !a.equals(goal)).forEach(also::add);
        return new Step(s.order(), s.kind(), Optional.of(goal.concept()), goal.title(), also, s.items(), s.coveredBy(),
                goal.reason(), s.chain(), s.minutes(), s.cumulative(), s.date());
    }
}
