package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Prerequisite;
import dev.syllabus.kb.Slug;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties every plan has, checked on random acyclic knowledge bases and requests from fixed seeds. */
class PlannerPropertiesTest {
    private final Planner planner = new Planner(PlannerTest.CLOCK);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    private record Case(RandomKb random, PlanRequest request, Plan plan) {
    }

    private Case plan(long seed) {
        RandomKb random = new RandomKb(seed);
        PlanRequest request = random.request();
        return new Case(random, request, planner.plan(random.kb, request));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void hardPrerequisitesUnlessKnownAreAlwaysInThePlanAndComeFirst(long seed) {
        Case c = plan(seed);
        Map<Slug, Integer> position = positions(c.plan());
        Set<Slug> known = knownClosure(c.random().kb, c.request());
        for (Map.Entry<Slug, Integer> e : position.entrySet()) {
            for (Prerequisite p : prerequisites(c, e.getKey())) {
                if (p.isHard() && !known.contains(p.concept())) {
                    assertThat(position).as("seed %d: %s needs %s", seed, e.getKey(), p.concept()).containsKey(p.concept());
                    assertThat(position.get(p.concept())).as("seed %d: %s before %s", seed, p.concept(), e.getKey())
                            .isLessThanOrEqualTo(e.getValue());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void softPrerequisitesAreInEveryDeepPlanAndAlwaysComeBeforeWhatTheyMotivate(long seed) {
        Case c = plan(seed);
        Map<Slug, Integer> position = positions(c.plan());
        Set<Slug> known = knownClosure(c.random().kb, c.request());
        for (Map.Entry<Slug, Integer> e : position.entrySet()) {
            for (Prerequisite p : prerequisites(c, e.getKey())) {
                if (!p.isHard() && c.request().depth() == Depth.DEEP && !known.contains(p.concept())) {
                    assertThat(position).as("seed %d: deep %s has background %s", seed, e.getKey(), p.concept()).containsKey(p.concept());
                }
                if (!p.isHard() && position.containsKey(p.concept())) {
                    assertThat(position.get(p.concept())).as("seed %d: %s before %s", seed, p.concept(), e.getKey())
                            .isLessThanOrEqualTo(e.getValue());
                }
            }
        }
    }

    private static Map<Slug, Integer> positions(Plan plan) {
        Map<Slug, Integer> position = new HashMap<>();
        // A step is one thing to study: the concepts its items teach together share its place, the step's number.
        plan.steps().forEach(s -> s.concepts().forEach(x -> position.putIfAbsent(x, s.order())));
        return position;
    }

    private static List<Prerequisite> prerequisites(Case c, Slug concept) {
        return c.random().kb.get(concept, Concept.class).orElseThrow().prerequisites();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void knownConceptsAndEverythingTheyRequireNeverAppear(long seed) {
        Case c = plan(seed);
        Set<Slug> known = knownClosure(c.random().kb, c.request());
        List<Slug> planned = c.plan().steps().stream().flatMap(s -> s.concepts().stream()).toList();
        assertThat(planned).as("seed %d", seed).filteredOn(known::contains).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameRequestGivesTheSamePlanHoweverTheKnowledgeBaseWasAssembled(long seed) {
        Case c = plan(seed);
        Plan again = planner.plan(c.random().shuffled(), c.request());
        assertThat(again).as("seed %d", seed).isEqualTo(c.plan());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBudgetIsHonouredOrThePlanSaysItCannotBe(long seed) {
        Case c = plan(seed);
        c.request().budget().ifPresent(budget -> {
            if (c.plan().budget().status() == BudgetOutcome.Status.TOO_SMALL) {
                assertThat(c.plan().total()).as("seed %d", seed).isGreaterThan(budget);
                assertThat(c.plan().budget().message()).contains("Even the minimal plan takes " + c.plan().total());
            } else {
                assertThat(c.plan().total()).as("seed %d", seed).isLessThanOrEqualTo(budget);
            }
        });
        int sum = c.plan().steps().stream().mapToInt(s -> s.minutes().value()).sum();
        assertThat(c.plan().total().value()).as("seed %d: total is the sum of the steps", seed).isEqualTo(sum);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noResourceOrPaperAppearsTwiceAndNoneBothWholeAndInParts(long seed) {
        Case c = plan(seed);
        List<String> parts = new ArrayList<>();
        Set<Slug> whole = new HashSet<>();
        Set<Slug> split = new HashSet<>();
        for (StudyItem i : c.plan().items()) {
            parts.add(i.slug() + i.part().map(p -> " " + p).orElse(""));
            (i.part().isPresent() ? split : whole).add(i.slug());
        }
        assertThat(parts).as("seed %d", seed).doesNotHaveDuplicates();
        assertThat(whole).as("seed %d", seed).filteredOn(split::contains).isEmpty();
    }

    /** What a learner knows: what they name, what that includes and the hard prerequisites of all of it. */
    private static Set<Slug> knownClosure(KnowledgeBase kb, PlanRequest request) {
        Set<Slug> closure = new HashSet<>();
        java.util.Deque<Slug> todo = new java.util.ArrayDeque<>(request.known());
        while (!todo.isEmpty()) {
            Slug k = todo.pop();
            if (closure.add(k)) {
                Concept c = kb.get(k, Concept.class).orElseThrow();
                todo.addAll(c.includes());
                c.prerequisites().stream().filter(Prerequisite::isHard).forEach(p -> todo.add(p.concept()));
            }
        }
        return closure;
    }
}
