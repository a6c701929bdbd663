package dev.syllabus.web;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A page is rendered on its first request, once, and every later request gets the same rendering. */
class OnFirstUseTest {
    @Test
    void nothingIsComputedBeforeTheFirstRequest() {
        AtomicInteger runs = new AtomicInteger();
        new OnFirstUse<>(runs::incrementAndGet);
        assertThat(runs).hasValue(0);
    }

    @Test
    void theValueIsComputedOnceAndKept() {
        AtomicInteger runs = new AtomicInteger();
        OnFirstUse<Integer> value = new OnFirstUse<>(runs::incrementAndGet);
        assertThat(value.get()).isSameAs(value.get());
        assertThat(runs).hasValue(1);
    }
}
