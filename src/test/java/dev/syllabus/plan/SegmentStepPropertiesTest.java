package dev.syllabus.plan;

import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the parts of resources a plan schedules, on random knowledge bases whose segments are timed, untimed
 * sections, or parts with their own address: a timed part shows its time and opens at it; an untimed part is never a
 * link into its resource.
 */
class SegmentStepPropertiesTest {
    private final Planner planner = new Planner(PlannerTest.CLOCK);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    /** A part the plan schedules, with the segment of its resource it names. */
    private record Scheduled(StudyItem item, Resource resource, Segment segment) {
    }

    /** Every part of every plan for the seed's knowledge base, at each depth and taste, each with its segment. */
    private List<Scheduled> scheduledParts(long seed) {
        RandomKb random = new RandomKb(seed);
        PlanRequest request = random.request();
        List<Scheduled> parts = new java.util.ArrayList<>();
        for (Depth depth : Depth.values()) {
            for (Preference prefer : Preference.values()) {
                Plan plan = planner.plan(random.kb, request.withDepth(depth).withPrefer(prefer));
                for (StudyItem item : plan.items()) {
                    // "The rest" of a resource whose parts earlier steps gave is the whole less those, not a segment.
                    if (item.part().isEmpty() || item.part().get().startsWith("the rest")) {
                        continue;
                    }
                    Resource r = random.kb.get(item.slug(), Resource.class).orElseThrow();
                    List<Segment> named = r.segments().stream().filter(s -> s.label().equals(item.part().get())).toList();
                    assertThat(named).as("seed %d: %s names a segment of %s", seed, item.part().get(), r.slug()).isNotEmpty();
                    named.forEach(s -> parts.add(new Scheduled(item, r, s)));
                }
            }
        }
        return parts;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aTimedPartShowsItsTimeAndOpensTheResourceThere(long seed) {
        for (Scheduled p : scheduledParts(seed)) {
            p.segment().start().ifPresent(start -> {
                assertThat(p.item().part()).as("seed %d: %s", seed, p.item()).hasValueSatisfying(
                        label -> assertThat(label).contains(start.toString()));
                assertThat(p.item().deepLink()).as("seed %d: %s opens at %s", seed, p.item(), start).hasValueSatisfying(
                        link -> assertThat(link).containsPattern("[?&]t=" + start.seconds() + "s?$"));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aPartTakesTheTimeOfThePartNotOfTheWholeResource(long seed) {
        for (Scheduled p : scheduledParts(seed)) {
            assertThat(p.item().running()).as("seed %d: %s", seed, p.item()).isEqualTo(p.resource().minutesOf(p.segment()));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anUntimedPartIsNeverALinkIntoItsResource(long seed) {
        for (Scheduled p : scheduledParts(seed)) {
            if (p.segment().start().isEmpty()) {
                assertThat(p.item().deepLink()).as("seed %d: untimed %s", seed, p.item())
                        .isEqualTo(p.segment().url().map(Object::toString));
                assertThat(p.item().link()).as("seed %d: untimed %s", seed, p.item()).hasValueSatisfying(
                        link -> assertThat(link).doesNotContain("t="));
            }
        }
    }

    /** Guards the properties above against holding vacuously: across the seeds, every kind of part is scheduled. */
    @Test
    void theRandomPlansScheduleTimedUntimedAndSeparatelyAddressedParts() {
        List<Scheduled> all = seeds().boxed().flatMap(s -> scheduledParts(s).stream()).toList();
        assertThat(all).anyMatch(p -> p.segment().start().isPresent());
        assertThat(all).anyMatch(p -> p.segment().start().isEmpty() && p.segment().url().isEmpty());
        assertThat(all).anyMatch(p -> p.segment().start().isEmpty() && p.segment().url().isPresent());
    }
}
