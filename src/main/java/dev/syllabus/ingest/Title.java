package dev.syllabus.ingest;

/** A resource's title as a source gave it, with how sure the reading is that it is the title and not just link text. */
record Title(String text, Strength strength) {
    /** Surest first: a resource heading, a quoted title, the link that opens a list item, any other link text. */
    enum Strength { HEADING, QUOTED, LIST_HEAD, LABEL }

    Title {
        text = text.strip();
    }

    /** Link text in running prose ("this [video]", "[LSTMs]") names a topic more often than a title. */
    boolean isReal() {
        return strength != Strength.LABEL;
    }
}
