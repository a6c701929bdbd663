package dev.syllabus.ingest;

import java.util.regex.Pattern;

/** The untimed parts of a resource a source names ("reasoning / prompting sections"), and headings as topics. */
final class Sections {
    private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d+[.)]\\s*");

    /** A named part and the topic it was recommended for. */
    record Part(String name, String topic) {
    }

    private Sections() {
    }

    /** "## 14. Hallucinations in LLMs" is about "Hallucinations in LLMs". */
    static String topicOf(String heading) {
        return NUMBERING.matcher(heading).replaceFirst("").strip();
    }
}
