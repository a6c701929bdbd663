package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.Entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A file that still opens its body with the import's draft comment ({@code <!-- draft: ...}) has not been reviewed: a
 * warning lists it, so imported drafts are checked, and their source notes rewritten, before they count as done.
 */
final class DraftRule implements Rule {
    @Override
    public List<Finding> check(LoadedContent content) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : content.kb().entities()) {
            if (e.isDraft()) {
                int at = e.body().indexOf(Entity.DRAFT_MARKER);
                int line = (int) e.body().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                out.add(Finding.warning("draft", content.fileOf(e),
                        content.sourceOf(e.slug()).map(s -> s.bodyLine(line)).orElse(0),
                        e.type().id() + " '" + e.slug() + "' is an imported draft: check its fields, write its note in our own "
                                + "words, then delete the draft comment"));
            }
        }
        return out;
    }
}
