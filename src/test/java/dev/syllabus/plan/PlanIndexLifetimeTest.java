package dev.syllabus.plan;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.ResourceKind;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner's per-knowledge-base index lives exactly as long as its knowledge base, so a reload frees the old one. */
class PlanIndexLifetimeTest {
    @Test
    void aKnowledgeBaseNoLongerUsedIsCollectedAfterPlanning() {
        WeakReference<KnowledgeBase> old = planOnceAndForget();
        // Collection is never promised by one System.gc(); allocating until the reference clears bounds the wait by
        // memory, not by time. A leaked knowledge base never clears, and the loop ends with the assertion failing.
        List<byte[]> pressure = new ArrayList<>();
        for (int i = 0; i < 200 && old.get() != null; i++) {
            System.gc();
            pressure.add(new byte[1 << 20]);
            if (pressure.size() > 32) {
                pressure.clear();
            }
        }
        assertThat(old.get()).as("the knowledge base after its last use").isNull();
    }

    @Test
    void theIndexIsBuiltOncePerKnowledgeBase() {
        KnowledgeBase kb = small();
        Planner.prepare(kb);
        assertThat(PlanIndex.of(kb)).isSameAs(PlanIndex.of(kb));
        assertThat(PlanIndex.of(small())).isNotSameAs(PlanIndex.of(kb));
    }

    private static WeakReference<KnowledgeBase> planOnceAndForget() {
        KnowledgeBase kb = small();
        new Planner(Clock.systemUTC()).plan(kb, PlanRequestParser.parse(java.util.Map.of("goal", List.of("attention"))));
        return new WeakReference<>(kb);
    }

    private static KnowledgeBase small() {
        return TestKb.kb().concept("nn", Area.FOUNDATIONS).concept("attention", Area.ATTENTION_AND_TRANSFORMERS, "nn")
                .resource("attention-video", ResourceKind.VIDEO, 20, "attention")
                .resource("nn-video", ResourceKind.VIDEO, 20, "nn").build();
    }
}
