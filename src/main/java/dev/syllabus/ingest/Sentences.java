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

    /**
     * The sentence ends of one text, found once: a block with many links asks for the sentence around each of them.
     */
    static final class Bounds {
        private final String text;
        private final int[] ends;

        Bounds(String text) {
            this.text = text;
            Matcher m = END.matcher(text);
            java.util.List<Integer> found = new java.util.ArrayList<>();
            while (m.find()) {
                found.add(m.end());
            }
            ends = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The index just past the end of the sentence that contains {@code from}. */
        int endAfter(int from) {
            for (int e : ends) {
                if (e > from) {
                    return e;
                }
            }
            return text.length();
        }

        /** The index where the sentence containing {@code before} starts. */
        int startBefore(int before) {
            int start = 0;
            for (int e : ends) {
                if (e > before) {
                    break;
                }
                start = e;
            }
            return start;
        }
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
