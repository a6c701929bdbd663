package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.PathItemType;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A learning path sends a learner only to things they can open: an item whose resource has no address (a source named
 * it without one, documented as {@code missing-url}) is an error, unless the item's {@code defect:} says why the path
 * keeps it (then a warning); a {@code defect:} on an item that has an address is an error, so the record cannot go
 * stale. Concept items open their own page, papers always have an address and activities have nothing to open; a
 * target that does not exist, or whose address is missing undocumented or misspelt, is reported by the rule for that.
 */
final class PathItemAddressRule implements Rule {
    @Override
    public List<Finding> check(LoadedContent content) {
        List<Finding> out = new ArrayList<>();
        for (LearningPath path : content.kb().paths()) {
            for (int p = 0; p < path.phases().size(); p++) {
                List<PathItem> items = path.phases().get(p).items();
                for (int i = 0; i < items.size(); i++) {
                    check(content, path, "/phases/" + p + "/items/" + i, items.get(i)).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<Finding> check(LoadedContent content, LearningPath path, String pointer, PathItem item) {
        Optional<Resource> target = item.type() == PathItemType.RESOURCE
                ? item.ref().flatMap(ref -> content.kb().get(ref, Resource.class)) : Optional.empty();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Resource r = target.get();
        String file = content.fileOf(path);
        String field = field(pointer);
        int itemLine = content.sourceOf(path.slug()).map(s -> s.lineOf(pointer + "/" + item.type().id())).orElse(0);
        if (!documentedAsMissing(r)) {
            if (item.defect().isEmpty()) {
                return Optional.empty();
            }
            int line = content.sourceOf(path.slug()).map(s -> s.lineOf(pointer + "/defect")).orElse(itemLine);
            return Optional.of(Finding.error("path-item-address", file, line, field + ".defect: " + r.slug() + " has an "
                    + "address, so the item has nothing to document: remove defect:"));
        }
        if (!item.defect().isEmpty()) {
            return Optional.of(Finding.warning("documented-defect", file, itemLine, field + ": " + r.slug()
                    + " has no address (" + item.defect() + ")"));
        }
        return Optional.of(Finding.error("path-item-address", file, itemLine, field + ".resource: " + r.slug()
                + " has no address a learner can open (" + content.fileOf(r) + " documents it as " + DefectKind.MISSING_URL.id()
                + "): point the item at a resource with an address, or add defect: to the item saying why the path keeps it"));
    }

    /**
     * A resource no source gave an address for, and which has none of its own parts' either. A resource whose address
     * is absent undocumented, or written but unusable, is already an error of its own file.
     */
    private static boolean documentedAsMissing(Resource r) {
        return r.url().isEmpty() && r.written().isEmpty() && r.hasDefect(DefectKind.MISSING_URL)
                && r.segments().stream().map(Segment::url).noneMatch(Optional::isPresent);
    }

    /** {@code phases[0].items[2]}, as the messages of the loader write a field. */
    private static String field(String pointer) {
        String[] parts = pointer.substring(1).split("/");
        return parts[0] + "[" + parts[1] + "]." + parts[2] + "[" + parts[3] + "]";
    }
}
