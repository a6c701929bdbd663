package dev.syllabus.kb;

/**
 * What a resource is. Each kind carries the length assumed when no source states one, so that every
 * resource has a length the planner can add up (the rule is documented in docs/content-format.md).
 */
public enum ResourceKind implements Token {
    ARTICLE(25, false),
    BLOG_POST(20, false),
    VIDEO(20, true),
    VIDEO_SERIES(180, true),
    PAPER(90, false),
    BOOK(1200, false),
    BOOK_CHAPTER(90, false),
    COURSE(600, false),
    COURSE_CHAPTER(60, false),
    INTERACTIVE(30, false),
    LECTURE_NOTES(45, false),
    CODE(60, false),
    /** Not a kind a resource file gives: a concept's own page in the knowledge base, which a plan can give as a short read. */
    CONCEPT_PAGE(5, false);

    private final int typicalMinutes;
    private final boolean watched;

    ResourceKind(int typicalMinutes, boolean watched) {
        this.typicalMinutes = typicalMinutes;
        this.watched = watched;
    }

    /** The length assumed for a resource of this kind whose length no source states. */
    public Minutes typicalLength() {
        return new Minutes(typicalMinutes);
    }

    /** True for kinds a learner watches rather than reads. */
    public boolean isVideo() {
        return watched;
    }
}
