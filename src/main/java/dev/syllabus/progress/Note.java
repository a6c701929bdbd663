package dev.syllabus.progress;

import dev.syllabus.kb.Slug;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A learner's own Markdown note on a concept, as written; it is sanitised when rendered (see {@link NoteHtml}). */
public record Note(Slug concept, String markdown, Instant at) {
    /** Longer than this is not a note but a document: it belongs elsewhere. */
    public static final int MAX_CHARS = 20_000;

    public Note {
        markdown = markdown == null ? "" : markdown;
        if (markdown.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the note on " + concept + " has " + markdown.length()
                    + " characters; a note holds at most " + MAX_CHARS);
        }
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }
}
