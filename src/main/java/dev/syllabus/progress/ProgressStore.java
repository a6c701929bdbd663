package dev.syllabus.progress;

import dev.syllabus.kb.Slug;

import java.util.Map;

/**
 * Where learners' progress lives. Every method is one transaction: it either happens whole or fails with a
 * {@link StoreFailure} having changed nothing, and a write that returned survives a crash of the process.
 */
public interface ProgressStore {
    Progress progress(LearnerId who);

    void mark(LearnerId who, Mark mark);

    /** Forgets the item's mark, so it is neither learning, done nor skipped. */
    void unmark(LearnerId who, Item item);

    /** Sets the concept's note; an empty note removes it. */
    void note(LearnerId who, Note note);

    void log(LearnerId who, TimeSpent spent);

    /** Replaces all of the learner's progress by {@code all}, for import: all or nothing. */
    void replace(LearnerId who, Progress all);

    void reset(LearnerId who);

    /**
     * Moves progress kept under an old slug to the slug the content now uses ({@code renamed_from:}), keeping the
     * progress already under the new slug where both exist; returns how many rows moved.
     */
    int applyRenames(Map<Slug, Slug> currentByOld);
}
