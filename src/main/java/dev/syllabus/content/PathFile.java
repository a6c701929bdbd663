package dev.syllabus.content;

import dev.syllabus.kb.Estimate;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.PathItemType;
import dev.syllabus.kb.Phase;
import dev.syllabus.kb.Postponed;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The front matter of a learning-path file, as written. */
record PathFile(String title, String audience, String assumes, String statedTotal, List<PhaseEntry> phases,
                List<PostponedEntry> postponed) {

    /** One step or phase. */
    record PhaseEntry(String title, String estimate, String mode, String note, List<ItemEntry> items) {
    }

    /** One item; exactly one of resource, paper, concept or activity is set. */
    record ItemEntry(String resource, String paper, String concept, String activity, String note, String mode,
                     String length, String defect) {
    }

    /** An item left for later. */
    record PostponedEntry(String ref, String reason) {
    }

    Optional<LearningPath> toEntity(Slug slug, String body, FieldReader r) {
        Optional<String> t = r.required("/title", title);
        Optional<Estimate> total = r.estimate("/stated_total", statedTotal);
        if (phases == null || phases.isEmpty()) {
            r.error("missing-field", "/phases", "required field 'phases' is missing: list the path's steps in order");
        }
        List<Phase> built = new ArrayList<>();
        for (int p = 0; p < FieldReader.size(phases); p++) {
            phase(r, p).ifPresent(built::add);
        }
        List<Postponed> later = new ArrayList<>();
        for (int i = 0; i < FieldReader.size(postponed); i++) {
            PostponedEntry e = postponed.get(i);
            String pointer = "/postponed/" + i + "/ref";
            r.required(pointer, e == null ? null : e.ref()).flatMap(v -> r.slug(pointer, v))
                    .ifPresent(ref -> later.add(new Postponed(ref, e.reason())));
        }
        if (t.isEmpty() || built.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LearningPath(slug, t.get(), audience, assumes, built, total, later, body));
    }

    private Optional<Phase> phase(FieldReader r, int p) {
        PhaseEntry e = phases.get(p);
        String ptr = "/phases/" + p;
        Optional<String> t = r.required(ptr + "/title", e == null ? null : e.title());
        if (e == null || t.isEmpty()) {
            return Optional.empty();
        }
        if (FieldReader.size(e.items()) == 0) {
            r.error("missing-field", ptr + "/title", "phase '" + t.get() + "' has no items: list its resources, papers, concepts "
                    + "or activities under 'items'");
        }
        List<PathItem> items = new ArrayList<>();
        for (int i = 0; i < FieldReader.size(e.items()); i++) {
            item(r, ptr + "/items/" + i, e.items().get(i)).ifPresent(items::add);
        }
        return Optional.of(new Phase(t.get(), r.estimate(ptr + "/estimate", e.estimate()),
                r.token(ptr + "/mode", e.mode(), ReadingMode.class), e.note(), items));
    }

    private Optional<PathItem> item(FieldReader r, String ptr, ItemEntry e) {
        if (e == null) {
            r.error("missing-field", ptr, "empty item: write one of resource, paper, concept or activity");
            return Optional.empty();
        }
        List<PathItemType> set = new ArrayList<>();
        if (e.resource() != null) {
            set.add(PathItemType.RESOURCE);
        }
        if (e.paper() != null) {
            set.add(PathItemType.PAPER);
        }
        if (e.concept() != null) {
            set.add(PathItemType.CONCEPT);
        }
        if (e.activity() != null) {
            set.add(PathItemType.ACTIVITY);
        }
        if (set.size() != 1) {
            r.error("bad-value", ptr, "an item has exactly one of resource, paper, concept or activity; this one has "
                    + (set.isEmpty() ? "none" : set.stream().map(PathItemType::id).toList()));
            return Optional.empty();
        }
        PathItemType type = set.get(0);
        String value = switch (type) {
            case RESOURCE -> e.resource();
            case PAPER -> e.paper();
            case CONCEPT -> e.concept();
            case ACTIVITY -> e.activity();
        };
        Optional<Slug> ref = type == PathItemType.ACTIVITY ? Optional.empty() : r.slug(ptr + "/" + type.id(), value);
        if (type != PathItemType.ACTIVITY && ref.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PathItem(type, ref, type == PathItemType.ACTIVITY ? value : "", e.note(),
                r.token(ptr + "/mode", e.mode(), ReadingMode.class), r.minutes(ptr + "/length", e.length()), e.defect()));
    }
}
