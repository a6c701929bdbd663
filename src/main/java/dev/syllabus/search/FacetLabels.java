package dev.syllabus.search;

import dev.syllabus.kb.Area;

/** What to show for a filter value: a creator's name for its slug, an area's label for its id, words for a kind id. */
final class FacetLabels {
    private final CreatorNames creators;

    FacetLabels(CreatorNames creators) {
        this.creators = creators;
    }

    String of(Dimension dimension, String value) {
        return switch (dimension) {
            case CREATOR -> creators.get(value).map(CreatorNames.Entry::name).orElse(value);
            case AREA -> Area.fromId(value).map(Area::label).orElse(value);
            case TYPE, KIND, LEVEL, ACCESS -> value.replace('-', ' ');
        };
    }
}
