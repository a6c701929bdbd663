package dev.syllabus.cli;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;

import java.util.List;
import java.util.stream.Collectors;

/** The "did you mean" tail of messages about unknown slugs. */
final class Suggestions {
    private Suggestions() {
    }

    static String didYouMean(KnowledgeBase kb, String wanted) {
        List<Slug> close = kb.suggest(wanted, 3);
        if (close.isEmpty()) {
            return ": run 'syllabus list concepts' (or papers, resources ...) to see what exists";
        }
        return ". Did you mean " + close.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "?";
    }
}
