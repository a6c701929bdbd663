package dev.syllabus.search;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.KnowledgeBase;

/** What to show for a filter value: a creator's name for its slug, an area's label for its id, words for a kind id. */
final class FacetLabels {
    private final KnowledgeBase kb;

    FacetLabels(KnowledgeBase kb) {
        this.kb = kb;
    }

    String of(Dimension dimension, String value) {
        return switch (dimension) {
            case CREATOR -> kb.get(value).filter(Creator.class::isInstance).map(Creator.class::cast).map(Creator::name).orElse(value);
            case AREA -> Area.fromId(value).map(Area::label).orElse(value);
            case TYPE, KIND, LEVEL, ACCESS -> value.replace('-', ' ');
        };
    }
}
