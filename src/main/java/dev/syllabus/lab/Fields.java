package dev.syllabus.lab;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lab's inputs as a form or a query string gives them (text by name), read into numbers, flags and choices; a value
 * that does not read as its type is refused naming the field. A blank value counts as absent.
 */
public final class Fields {
    private final Map<String, String> values;

    public Fields(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public Optional<String> text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** Text kept as typed, spaces included; absent only when the field is missing. */
    public Optional<String> raw(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public long whole(String name, long fallback) {
        return text(name).map(v -> parseWhole(name, v)).orElse(fallback);
    }

    public double number(String name, double fallback) {
        return text(name).map(v -> parseNumber(name, v)).orElse(fallback);
    }

    public boolean flag(String name, boolean fallback) {
        return text(name).map(v -> switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on", "1" -> true;
            case "no", "false", "off", "0" -> false;
            default -> throw new LabInputException(name, "must be yes or no, got '" + v + "'");
        }).orElse(fallback);
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        return text(name).map(v -> Choices.of(name, type, v)).orElse(fallback);
    }

    static long parseWhole(String name, String text) {
        double d = parseNumber(name, text);
        if (d != Math.rint(d) || Math.abs(d) > 9e15) {
            throw new LabInputException(name, "must be a whole number, got '" + text.trim() + "'");
        }
        return (long) d;
    }

    /** Reads 1.4e12, 1,400,000 and 70_000 alike; NaN and infinities are refused here, before any lab sees them. */
    static double parseNumber(String name, String text) {
        String t = text.trim().replace(",", "").replace("_", "");
        try {
            double d = Double.parseDouble(t);
            if (Double.isNaN(d) || Double.isInfinite(d) || t.chars().anyMatch(Character::isLetter) && !t.matches("[-+0-9.]+[eE][-+]?[0-9]+")) {
                throw new NumberFormatException(t);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new LabInputException(name, "must be a number such as 12, 0.9 or 1.4e12, got '" + text.trim() + "'");
        }
    }

    /** Enum constants by their lower-case, hyphenated names, with the accepted names in the refusal. */
    static final class Choices {
        private Choices() {
        }

        static <E extends Enum<E>> E of(String name, Class<E> type, String value) {
            String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            return Arrays.stream(type.getEnumConstants()).filter(e -> id(e).equals(wanted)).findFirst()
                    .orElseThrow(() -> new LabInputException(name, "must be one of " + names(type) + ", got '" + value.trim() + "'"));
        }

        static String id(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static <E extends Enum<E>> String names(Class<E> type) {
            return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Choices::id).toList());
        }
    }
}
