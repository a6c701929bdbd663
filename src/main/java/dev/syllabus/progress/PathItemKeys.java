package dev.syllabus.progress;

import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key of each item of a curated path: the slug it points at, or for an activity {@code activity-} and its title
 * as a slug. Positions are not used, so inserting an item into a path does not move anyone's progress to another item.
 */
public final class PathItemKeys {
    private PathItemKeys() {
    }

    public static String keyOf(PathItem item) {
        return item.ref().map(Slug::value).orElseGet(() -> "activity-" + slugOf(item.title()));
    }

    /** Every item of the path with its key, in path order. */
    public static List<Keyed> of(LearningPath path) {
        List<Keyed> out = new ArrayList<>();
        path.phases().forEach(phase -> phase.items().forEach(i -> out.add(new Keyed(Item.pathItem(path.slug(), keyOf(i)), i))));
        return out;
    }

    /** A path item with its progress key. */
    public record Keyed(Item key, PathItem item) {
    }

    private static String slugOf(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "untitled" : s;
    }
}
