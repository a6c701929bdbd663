package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan never claims to fit a budget it exceeds: on random knowledge bases from fixed seeds, for every taste, light and
 * deep, and budgets from the whole unbudgeted plan down to a fraction of it.
 */
class BudgetPropertiesTest {
    private final Planner planner = new Planner(PlannerTest.CLOCK);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    /** The seed's random request at each depth and taste, without a budget. */
    private static List<PlanRequest> requests(RandomKb random) {
        PlanRequest base = random.request();
        List<PlanRequest> all = new java.util.ArrayList<>();
        for (Depth depth : Depth.values()) {
            for (Preference prefer : Preference.values()) {
                all.add(new PlanRequest(base.goals(), base.known(), depth, prefer, base.creators(), java.util.Optional.empty(),
                        base.pace(), base.studyTime()));
            }
        }
        return all;
    }

    /** Budgets below the unbudgeted plan's time (all of it is the next test's): most of it, half, a tenth, one minute. */
    private static List<Minutes> budgetsFor(Minutes whole) {
        int w = whole.value();
        return java.util.stream.IntStream.of(w * 3 / 4, w / 2, w / 10, 1).filter(m -> m > 0).distinct()
                .mapToObj(Minutes::of).toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aPlanThatSaysItFitsOrWasTrimmedToFitTakesNoMoreThanTheBudget(long seed) {
        RandomKb random = new RandomKb(seed);
        for (PlanRequest request : requests(random)) {
            for (Minutes budget : budgetsFor(planner.plan(random.kb, request).total())) {
                Plan plan = planner.plan(random.kb, request.withBudget(budget));
                String what = "seed " + seed + ", " + request.depth().id() + ", prefer " + request.prefer().id() + ", budget " + budget;
                assertThat(plan.budget().status()).as(what).isNotEqualTo(BudgetOutcome.Status.NO_BUDGET);
                if (plan.budget().status() == BudgetOutcome.Status.TOO_SMALL) {
                    assertThat(plan.total()).as(what + ": a plan too long for its budget").isGreaterThan(budget);
                } else {
                    assertThat(plan.total()).as(what + ": " + plan.budget().message()).isLessThanOrEqualTo(budget);
                    assertThat(plan.steps()).as(what).allSatisfy(s -> assertThat(s.cumulative()).isLessThanOrEqualTo(budget));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBudgetAsLargeAsTheWholePlanFitsItUnchanged(long seed) {
        RandomKb random = new RandomKb(seed);
        for (PlanRequest request : requests(random)) {
            Plan whole = planner.plan(random.kb, request);
            if (whole.total().value() == 0) {
                continue;
            }
            Plan budgeted = planner.plan(random.kb, request.withBudget(whole.total()));
            String what = "seed " + seed + ", " + request.depth().id() + ", prefer " + request.prefer().id();
            assertThat(budgeted.budget().status()).as(what).isEqualTo(BudgetOutcome.Status.FITS);
            assertThat(budgeted.steps()).as(what).isEqualTo(whole.steps());
        }
    }
}
