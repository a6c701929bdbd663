package dev.syllabus.ingest;

import java.util.regex.Pattern;

/** A resource's title as a source gave it, with how sure the reading is that it is the title and not just link text. */
record Title(String text, Strength strength) {
    /**
     * Surest first: a resource heading, a quoted title, the link that opens a list item, any other link text, and a
     * title taken from around a link whose own text names no resource ("[Article]", an "Open In Colab" button).
     */
    enum Strength { HEADING, QUOTED, LIST_HEAD, LABEL, CONTEXT }

    /** Emoji and pictographs that decorate a title ("🧐 LLM AutoEval", "💾 LLM Datasets") are not part of it. */
    private static final Pattern DECORATION = Pattern.compile("^[\\p{So}\\p{Sk}\\p{Cf}\\x{FE0F}\\x{200D}\\s]+|[\\p{So}\\x{FE0F}\\x{200D}\\s]+$");

    Title {
        text = DECORATION.matcher(text.strip()).replaceAll("").strip();
    }

    /** Link text in running prose ("this [video]", "[LSTMs]") names a topic more often than a title. */
    boolean isReal() {
        return strength.compareTo(Strength.LABEL) < 0;
    }
}
