package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * A page no other page reaches is a warning: nothing links to it and nothing lists it (a resource that covers no
 * concept, a concept no resource teaches and nothing links to, a creator without resources). Paths and guides are
 * listed on the home page and never orphans.
 */
final class OrphanRule implements Rule {
    @Override
    public List<Finding> check(LoadedContent content) {
        KnowledgeBase kb = content.kb();
        List<Finding> out = new ArrayList<>();
        for (Entity e : kb.entities()) {
            if (isOrphan(e, kb)) {
                out.add(Finding.warning("orphan", content.fileOf(e), 1, e.type().id() + " '" + e.slug()
                        + "' is reached from no other page: link it from a related page with [[" + e.slug() + "]]"
                        + " or reference it from a path, guide or concept"));
            }
        }
        return out;
    }

    private static boolean isOrphan(Entity e, KnowledgeBase kb) {
        boolean linked = kb.backlinks(e.slug()).stream().anyMatch(b -> !b.from().equals(e.slug()));
        if (linked) {
            return false;
        }
        // Paths and guides are entry points: nothing needs to lead to them.
        return e.match(c -> kb.resourcesFor(c.slug()).isEmpty() && kb.papersFor(c.slug()).isEmpty(),
                p -> p.introduces().isEmpty(), r -> r.allConcepts().isEmpty(), c -> kb.resourcesBy(c.slug()).isEmpty(),
                p -> false, g -> false);
    }
}
