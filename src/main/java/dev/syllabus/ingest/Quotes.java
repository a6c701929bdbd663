package dev.syllabus.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quoted titles in prose: “curly” or "straight" double quotes around two to three hundred characters. */
final class Quotes {
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^\"“”\\n]{2,300})[”\"]");
    private static final Pattern TRAILING = Pattern.compile("[“\"]([^\"“”\\n]{2,300})[”\"]\\s*(?:at|:|—|–|-)?\\s*$");

    private Quotes() {
    }

    static Optional<String> first(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0) {
            return Optional.empty();
        }
        Matcher m = QUOTED.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** A title quoted right before a link: {@code "Counting Model Parameters" at <url>}. */
    static Optional<String> trailing(String before) {
        if (before.indexOf('"') < 0 && before.indexOf('”') < 0) {
            return Optional.empty();
        }
        Matcher m = TRAILING.matcher(before);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static String withoutQuoted(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0) {
            return text;
        }
        return QUOTED.matcher(text).replaceAll(" ");
    }

    /** The text after the first quoted part, e.g. a heading's "(timestamps 11:08 and 18:21)". */
    static String afterFirst(String text) {
        Matcher m = QUOTED.matcher(text);
        return m.find() ? text.substring(m.end()) : "";
    }
}
