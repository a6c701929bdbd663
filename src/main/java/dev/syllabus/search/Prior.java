package dev.syllabus.search;

/**
 * How much a hit's type scales its score. A concept page is where a learner who types a topic's name should land; a
 * path or guide that merely mentions the topic should not outrank the resources it points to.
 */
final class Prior {
    private Prior() {
    }

    /** A resource without a usable address: the learner must hunt for it, so it yields to one they can open. */
    static final float NO_URL = 0.85f;

    static float of(HitType type) {
        return switch (type) {
            case CONCEPT -> 1.2f;
            case PAPER, RESOURCE, SEGMENT, CREATOR -> 1.0f;
            case PATH -> 0.7f;
            case GUIDE -> 0.6f;
        };
    }
}
