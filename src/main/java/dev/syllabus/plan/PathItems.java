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
import dev.syllabus.kb.Slug;

import java.util.Optional;
import java.util.Set;

/**
 * Reads a path item as the reports and plans show it, with its time by the {@link StudyTime} model: a curator's stated
 * length is already study time (only the learner's pace applies); a resource without one takes its study time.
 */
final class PathItems {
    private PathItems() {
    }

    static PathReport.Item read(KnowledgeBase kb, Phase phase, PathItem item, StudyTime time, Set<Slug> codedAlong) {
        Optional<ReadingMode> mode = phase.modeOf(item);
        Optional<Entity> target = item.ref().flatMap(kb::get);
        Optional<StudyItem> material = Optional.empty();
        String title = item.title();
        Minutes minutes = Minutes.ZERO;
        if (item.type() == PathItemType.RESOURCE && target.orElse(null) instanceof Resource r) {
            boolean along = codedAlong.contains(r.slug());
            Minutes running = item.minutes().orElse(r.minutes());
            minutes = item.minutes().map(time::own).orElseGet(() -> time.of(r, r.minutes(), along));
            material = Optional.of(StudyItem.of(kb, r, Optional.empty(), running, minutes, along, mode, item.note()));
            title = r.title();
        } else if (item.type() == PathItemType.PAPER && target.orElse(null) instanceof Paper p) {
            minutes = time.own(item.minutes().orElse(p.readingTime()));
            material = Optional.of(StudyItem.of(p, minutes, mode, item.note(), false));
            title = p.title();
        } else if (target.orElse(null) instanceof Concept c) {
            minutes = time.own(item.minutes().orElse(Minutes.ZERO));
            title = c.title();
        } else {
            minutes = time.own(item.minutes().orElse(Minutes.ZERO));
            title = title.isEmpty() ? item.ref().map(Object::toString).orElse("") : title;
        }
        return new PathReport.Item(item.type(), item.ref(), title, mode, minutes, item.note(), material);
    }
}
