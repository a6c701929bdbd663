package dev.syllabus.links;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IsoInstantTest {
    @Test
    void writesAnInstantExactlyAsInstantToStringDoes() {
        for (String s : new String[] {"2026-12-03T09:10:53Z", "2026-12-03T09:10:53.100Z", "2026-12-03T09:10:53.000100Z",
                "2026-12-03T09:10:53.000000001Z", "2026-12-03T09:10:53.123456789Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00.5Z"}) {
            Instant t = Instant.parse(s);
            assertEquals(t.toString(), IsoInstant.of(t), s);
        }
    }

    @Test
    void instantsWithinOneSecondAndAcrossSecondsAllMatch() {
        Random random = new Random(7);
        Instant t = Instant.parse("2026-12-03T09:10:59Z");
        for (int i = 0; i < 10_000; i++) {
            t = t.plusNanos(random.nextInt(3) == 0 ? 1_000_000 * random.nextInt(300) : random.nextInt(300_000_000));
            assertEquals(t.toString(), IsoInstant.of(t));
        }
    }
}
