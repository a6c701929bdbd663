package dev.syllabus.web;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The answer cache keeps what fits in its byte budget, dropping the least recently used first. */
class ResponseCacheTest {
    private static final long BUDGET = 1 << 20;
    private final Random random = new Random(17);

    /** An answer whose body does not compress, so its weight is about twice {@code size}. */
    private Rendered answer(int size) {
        byte[] body = new byte[size];
        random.nextBytes(body);
        return Rendered.of(body, "application/octet-stream");
    }

    @Test
    void manyLargeAnswersNeverTakeMoreThanTheBudget() {
        ResponseCache cache = new ResponseCache(BUDGET);
        for (int i = 0; i < 400; i++) {
            Rendered r = answer(20_000);
            cache.get("/search\nq=" + i, () -> r);
            assertThat(cache.used()).as("after answer " + i).isLessThanOrEqualTo(BUDGET);
        }
        assertThat(cache.size()).isBetween(10, 30);
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirst() {
        ResponseCache cache = new ResponseCache(BUDGET);
        AtomicInteger renders = new AtomicInteger();
        Rendered kept = answer(20_000);
        cache.get("kept", () -> kept);
        for (int i = 0; i < 100; i++) {
            Rendered r = answer(20_000);
            cache.get("other " + i, () -> r);
            cache.get("kept", () -> {
                renders.incrementAndGet();
                return kept;
            });
        }
        assertThat(renders).as("an answer used all along is never dropped").hasValue(0);
        cache.get("other 0", () -> {
            renders.incrementAndGet();
            return kept;
        });
        assertThat(renders).as("the oldest unused answer was dropped").hasValue(1);
    }

    @Test
    void anAnswerLargerThanASixteenthOfTheBudgetIsServedButNotKept() {
        ResponseCache cache = new ResponseCache(BUDGET);
        Rendered big = answer((int) (BUDGET / 16));
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            assertThat(cache.get("big", () -> {
                renders.incrementAndGet();
                return big;
            })).isSameAs(big);
        }
        assertThat(renders).hasValue(2);
        assertThat(cache.used()).isZero();
    }

    @Test
    void aFailedRenderIsNotKept() {
        ResponseCache cache = new ResponseCache(BUDGET);
        assertThatThrownBy(() -> cache.get("bad", () -> {
            throw new BadParameter("q", "no");
        })).isInstanceOf(BadParameter.class);
        assertThat(cache.size()).isZero();
        assertThat(cache.used()).isZero();
    }
}
