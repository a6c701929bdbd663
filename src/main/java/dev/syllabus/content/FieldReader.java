package dev.syllabus.content;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.EditDistance;
import dev.syllabus.kb.Estimate;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the raw strings of one file's front matter into domain values, recording a finding with the field's line and a
 * fix for every value that does not parse. Each method returns empty when the value is absent or bad.
 */
final class FieldReader {
    private final SourceFile source;
    private final List<Finding> findings;

    FieldReader(SourceFile source, List<Finding> findings) {
        this.source = source;
        this.findings = findings;
    }

    SourceFile source() {
        return source;
    }

    void error(String rule, String pointer, String message) {
        findings.add(Finding.error(rule, source.path(), source.lineOf(pointer), message));
    }

    /** A required text field: reports {@code missing-field} when absent or blank. */
    Optional<String> required(String pointer, String value) {
        if (value == null || value.isBlank()) {
            error("missing-field", pointer, "required field '" + fieldName(pointer) + "' is missing: add it to the front matter");
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    Optional<Slug> slug(String pointer, String value) {
        return parse(pointer, value, "bad-slug", Slug::of);
    }

    List<Slug> slugs(String pointer, List<String> values) {
        List<Slug> out = new ArrayList<>();
        for (int i = 0; i < size(values); i++) {
            slug(pointer + "/" + i, values.get(i)).ifPresent(out::add);
        }
        return out;
    }

    Optional<Minutes> minutes(String pointer, String value) {
        return parse(pointer, value, "bad-length", Minutes::parse);
    }

    Optional<Estimate> estimate(String pointer, String value) {
        return parse(pointer, value, "bad-length", Estimate::parse);
    }

    Optional<Timestamp> timestamp(String pointer, String value) {
        return parse(pointer, value, "bad-timestamp", Timestamp::parse);
    }

    Optional<CanonicalUrl.Parsed> url(String pointer, String value) {
        return parse(pointer, value, "bad-url", CanonicalUrl::parse);
    }

    <E extends Enum<E> & Token> Optional<E> token(String pointer, String value, Class<E> type) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<E> parsed = Token.parse(type, value);
        if (parsed.isEmpty()) {
            List<String> ids = Arrays.stream(type.getEnumConstants()).map(Token::id).toList();
            List<String> close = EditDistance.closest(value, ids, 1);
            error("bad-value", pointer, "'" + value + "' is not a valid " + fieldName(pointer) + ": write one of "
                    + Token.choices(type) + (close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)"));
        }
        return parsed;
    }

    <E extends Enum<E> & Token> E token(String pointer, String value, Class<E> type, E fallback) {
        return token(pointer, value, type).orElse(fallback);
    }

    private <T> Optional<T> parse(String pointer, String value, String rule, Function<String, T> parser) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value));
        } catch (IllegalArgumentException e) {
            error(rule, pointer, fieldName(pointer) + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** {@code /segments/2/at} reads as {@code segments[2].at}, the way a curator finds it in the file. */
    static String fieldName(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }
}
