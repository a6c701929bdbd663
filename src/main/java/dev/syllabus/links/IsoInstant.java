package dev.syllabus.links;

import java.time.Instant;

/**
 * {@link Instant#toString()}, with the date and time of day formatted once per second: a report of 10,000 addresses checked
 * within a few seconds formatted every instant whole, a third of the JSON report's time (JFR). Same text to the digit.
 */
final class IsoInstant {
    private record Second(long epochSecond, String text) {
    }

    /** The last second formatted; a race only formats a second twice. */
    private static volatile Second last = new Second(0, "1970-01-01T00:00:00");

    private IsoInstant() {
    }

    static String of(Instant t) {
        Second s = last;
        if (s.epochSecond() != t.getEpochSecond()) {
            String whole = Instant.ofEpochSecond(t.getEpochSecond()).toString();
            s = new Second(t.getEpochSecond(), whole.substring(0, whole.length() - 1));
            last = s;
        }
        int nano = t.getNano();
        if (nano == 0) {
            return s.text() + "Z";
        }
        // As ISO_INSTANT prints a fraction: in groups of three digits, as few groups as the value needs.
        int digits = nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        int value = digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1_000 : nano;
        StringBuilder b = new StringBuilder(s.text().length() + digits + 2).append(s.text()).append('.');
        String number = Integer.toString(value);
        b.append("0".repeat(digits - number.length())).append(number);
        return b.append('Z').toString();
    }
}
