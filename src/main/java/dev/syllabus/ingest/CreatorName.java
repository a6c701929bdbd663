package dev.syllabus.ingest;

/**
 * A creator's name as a source wrote it. {@code PARENTHETICAL} names sit in parentheses after the maker
 * ("3Blue1Brown (Grant Sanderson)", "Hugging Face (Sylvain Gugger, ...)"): the person behind a channel, members of a
 * team, or just the venue, so they count only when they name a creator known already.
 */
record CreatorName(String name, Role role) {
    /** {@code TENTATIVE}: read from a phrase that often names something else ("- Persian BERT.", "data from X"). */
    enum Role { AUTHOR, CHANNEL, PARENTHETICAL, TENTATIVE }

    CreatorName {
        name = name.strip();
    }

    boolean isMaker() {
        return role != Role.PARENTHETICAL;
    }
}
