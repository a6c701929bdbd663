package dev.syllabus.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value of a closed set, written in content files and on the command line as a lowercase hyphenated word. */
public interface Token {
    String name();

    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Token> Optional<E> parse(Class<E> type, String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(wanted)).findFirst();
    }

    /** The accepted words, for messages that say what to write instead. */
    static <E extends Enum<E> & Token> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Token::id).collect(Collectors.joining(", "));
    }
}
