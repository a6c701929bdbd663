package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.PathItemType;
import dev.syllabus.kb.Phase;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.Resource;

import java.util.Optional;

/** Reads a path item as the reports and plans show it, applying the documented rule for its time. */
final class PathItems {
    private PathItems() {
    }

    static PathReport.Item read(KnowledgeBase kb, Phase phase, PathItem item) {
        Optional<ReadingMode> mode = phase.modeOf(item);
        Optional<Entity> target = item.ref().flatMap(kb::get);
        Optional<StudyItem> material = Optional.empty();
        String title = item.title();
        Minutes minutes = Minutes.ZERO;
        if (item.type() == PathItemType.RESOURCE && target.orElse(null) instanceof Resource r) {
            minutes = item.minutes().orElse(r.minutes());
            material = Optional.of(StudyItem.of(kb, r, Optional.empty(), minutes, mode, item.note()));
            title = r.title();
        } else if (item.type() == PathItemType.PAPER && target.orElse(null) instanceof Paper p) {
            minutes = item.minutes().orElse(p.readingTime());
            material = Optional.of(StudyItem.of(p, minutes, mode, item.note(), false));
            title = p.title();
        } else if (target.orElse(null) instanceof Concept c) {
            minutes = item.minutes().orElse(Minutes.ZERO);
            title = c.title();
        } else {
            minutes = item.minutes().orElse(Minutes.ZERO);
            title = title.isEmpty() ? item.ref().map(Object::toString).orElse("") : title;
        }
        return new PathReport.Item(item.type(), item.ref(), title, mode, minutes, item.note(), material);
    }
}
