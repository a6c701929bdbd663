package dev.syllabus.lab;

/**
 * The range checks every lab applies to its inputs, so each lab's work stays bounded and each refusal names its field
 * and its limits in the same words.
 */
final class Bounds {
    private Bounds() {
    }

    static int whole(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new LabInputException(field, "must be a whole number from " + Numbers.grouped(min) + " to "
                    + Numbers.grouped(max) + ", got " + Numbers.grouped(value));
        }
        return (int) value;
    }

    static double number(String field, double value, double min, double max) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new LabInputException(field, "must be a finite number from " + Numbers.plain(min) + " to "
                    + Numbers.plain(max) + ", got " + value);
        }
        if (value < min || value > max) {
            throw new LabInputException(field, "must be from " + Numbers.plain(min) + " to " + Numbers.plain(max)
                    + ", got " + Numbers.plain(value));
        }
        return value;
    }

    static String text(String field, String value, int maxChars) {
        if (value == null) {
            throw new LabInputException(field, "is missing: type some text");
        }
        if (value.length() > maxChars) {
            throw new LabInputException(field, "is " + Numbers.grouped(value.length()) + " characters long; the lab takes at most "
                    + Numbers.grouped(maxChars) + " so that it answers at once: shorten it");
        }
        return value;
    }
}
