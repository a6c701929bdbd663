package dev.syllabus.bench;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;
import dev.syllabus.plan.Depth;
import dev.syllabus.plan.Plan;
import dev.syllabus.plan.PlanRequest;
import dev.syllabus.plan.Planner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Planning over a synthetic knowledge base of 100,000 concepts with about three prerequisites each and 500,000
 * resources, towards a goal with about 1,000 ancestors. The knowledge base and the planner's per-knowledge-base index
 * are built once, outside the measured calls; {@link #prepareIndex} measures the index on its own.
 * Run: {@code scripts/bench -f 1 -wi 3 -i 5 PlanBenchmark}; the median is the p0.50 line of the sample-time output.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanBenchmark {
    static final int CONCEPTS = 100_000;
    static final int RESOURCES = 500_000;
    static final int PAPERS = 10_000;
    static final int WANTED_ANCESTORS = 1_000;

    /** The knowledge base, its index, and a goal with about a thousand ancestors. */
    @State(Scope.Benchmark)
    public static class Loaded {
        List<Entity> entities;
        KnowledgeBase kb;
        Planner planner;
        PlanRequest light;
        PlanRequest deep;
        int ancestors;

        @Setup(Level.Trial)
        public void load() {
            entities = SyntheticKb.generate(42, CONCEPTS, RESOURCES, PAPERS);
            long start = System.nanoTime();
            kb = KnowledgeBase.of(entities);
            long built = System.nanoTime();
            Planner.prepare(kb);
            long prepared = System.nanoTime();
            Slug goal = goalWithAboutAThousandAncestors(kb);
            ancestors = kb.graph().ancestors(goal).size();
            planner = new Planner(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
            light = PlanRequest.of(goal);
            deep = light.withDepth(Depth.DEEP);
            System.out.printf("%nsynthetic knowledge base: %d entities, %d prerequisite edges; built in %d ms, planner index "
                            + "in %.3f ms; goal %s has %d ancestors%n", kb.size(), kb.graph().edgeCount(),
                    (built - start) / 1_000_000, (prepared - built) / 1e6, goal, ancestors);
        }

        /** The first concept, in index order, with at least a thousand ancestors. */
        private static Slug goalWithAboutAThousandAncestors(KnowledgeBase kb) {
            for (int i = WANTED_ANCESTORS; i < CONCEPTS; i++) {
                if (kb.graph().ancestors(SyntheticKb.concept(i)).size() >= WANTED_ANCESTORS) {
                    return SyntheticKb.concept(i);
                }
            }
            throw new IllegalStateException("no concept has " + WANTED_ANCESTORS + " ancestors");
        }
    }

    /** A fresh knowledge base for each measurement of the index, so the cache cannot answer. */
    @State(Scope.Thread)
    public static class Fresh {
        KnowledgeBase kb;

        @Setup(Level.Invocation)
        public void build(Loaded loaded) {
            kb = KnowledgeBase.of(loaded.entities);
        }
    }

    @Benchmark
    public Plan lightPlan(Loaded s) {
        return s.planner.plan(s.kb, s.light);
    }

    @Benchmark
    public Plan deepPlan(Loaded s) {
        return s.planner.plan(s.kb, s.deep);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public KnowledgeBase prepareIndex(Fresh f) {
        Planner.prepare(f.kb);
        return f.kb;
    }
}
