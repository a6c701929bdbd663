package dev.syllabus.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    /** The banded check agrees with the full distance on random near and far pairs of host-like strings. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withinAgreesWithTheFullDistance(long seed) {
        Random random = new Random(seed);
        String a = word(random, 4 + random.nextInt(16));
        String b = random.nextBoolean() ? mutate(a, random, random.nextInt(5)) : word(random, 4 + random.nextInt(16));

        for (int max = 0; max <= 3; max++) {
            assertThat(EditDistance.within(a, b, max)).as("%s vs %s within %d", a, b, max)
                    .isEqualTo(EditDistance.between(a, b) <= max);
        }
    }

    private static String word(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append("abcde.-".charAt(random.nextInt(7)));
        }
        return b.toString();
    }

    private static String mutate(String s, Random random, int edits) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(b.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, 'x');
                case 1 -> b.deleteCharAt(Math.min(at, b.length() - 1));
                default -> b.setCharAt(Math.min(at, b.length() - 1), 'y');
            }
            if (b.length() == 0) {
                b.append('z');
            }
        }
        return b.toString();
    }
}
