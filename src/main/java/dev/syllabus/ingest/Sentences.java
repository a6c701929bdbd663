package dev.syllabus.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence and clause limits in plain text, so the words read around a link are the words about that link. A period
 * after a lone capital ("James H. Martin") or inside "et al." does not end a sentence.
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("(?<!(?:^|\\s)\\p{Lu})(?<!\\bal)(?<!\\be\\.g)(?<!\\bi\\.e)[.!?;](?=\\s|$)|\\n");

    private Sentences() {
    }

    /** The index just past the end of the sentence that contains {@code from}. */
    static int endAfter(String text, int from) {
        Matcher m = END.matcher(text);
        return m.find(Math.min(Math.max(0, from), text.length())) ? m.end() : text.length();
    }

    /** The index where the sentence containing {@code before} starts. */
    static int startBefore(String text, int before) {
        Matcher m = END.matcher(text);
        int start = 0;
        int limit = Math.min(Math.max(0, before), text.length());
        while (m.find() && m.end() <= limit) {
            start = m.end();
        }
        return start;
    }
}
