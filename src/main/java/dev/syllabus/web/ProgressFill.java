package dev.syllabus.web;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;
import dev.syllabus.plan.PathReport;
import dev.syllabus.progress.Item;
import dev.syllabus.progress.ItemKind;
import dev.syllabus.progress.Mark;
import dev.syllabus.progress.PathItemKeys;
import dev.syllabus.progress.Standing;
import dev.syllabus.progress.Status;

import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Fills one page's progress places (see {@link ProgressMarkers}) for one learner: a form per concept, resource,
 * paper, segment, path item and plan step with the learner's state and the buttons that change it, and a path's
 * progress bar. A place naming something the content no longer holds is left empty.
 */
final class ProgressFill implements Function<ProgressMarkers.Marker, String> {
    private static final String STEP = "step-";

    private final KnowledgeBase kb;
    private final ProgressBook.Snapshot snapshot;
    private final Standing standing;
    private final String token;
    private final String back;
    private final Set<String> ids = new HashSet<>();

    ProgressFill(KnowledgeBase kb, ProgressBook.Snapshot snapshot, String token, String back) {
        this.kb = kb;
        this.snapshot = snapshot;
        this.standing = snapshot.standing(kb);
        this.token = token;
        this.back = back;
    }

    @Override
    public String apply(ProgressMarkers.Marker m) {
        if (!Slug.isValid(m.slug())) {
            return "";
        }
        Slug slug = Slug.of(m.slug());
        if (m.kind().equals("path-bar")) {
            return kb.get(slug, LearningPath.class).map(this::pathBar).orElse("");
        }
        boolean step = m.kind().startsWith(STEP);
        Optional<ItemKind> kind = Token.parse(ItemKind.class, step ? m.kind().substring(STEP.length()) : m.kind());
        Optional<Entity> entity = kb.get(slug);
        if (kind.isEmpty() || entity.isEmpty()) {
            return "";
        }
        Item item;
        try {
            item = new Item(kind.get(), slug, m.part());
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (kind.get() == ItemKind.PATH_ITEM) {
            return kb.get(slug, LearningPath.class).map(path -> pathItem(item, path)).orElse("");
        }
        return render(item, entity.get().title(), step || kind.get() == ItemKind.SEGMENT);
    }

    /** A concept, resource, paper or segment: its own mark, or for a concept what made it known. */
    private String render(Item item, String label, boolean compact) {
        Optional<Mark> mark = mark(item);
        Optional<Status> status = mark.map(Mark::status);
        String state = mark.map(ProgressFill::state).orElse("");
        if (mark.isEmpty() && item.kind() == ItemKind.CONCEPT && standing.knows(item.slug())) {
            state = "✓ " + standing.studied().explained().getOrDefault(item.slug(), "Known.");
        }
        List<ProgressButtons.Choice> choices;
        if (status.isEmpty()) {
            choices = compact ? List.of(choice(Status.DONE.id(), "Mark done"))
                    : List.of(choice(Status.LEARNING.id(), "Learning"), choice(Status.DONE.id(), "Done"),
                    choice(Status.SKIPPED.id(), "Skip"));
        } else if (status.get() == Status.LEARNING) {
            choices = List.of(choice(Status.DONE.id(), compact ? "Mark done" : "Done"), choice(ProgressForm.CLEAR, "Undo"));
        } else {
            choices = List.of(choice(ProgressForm.CLEAR, "Undo"));
        }
        return buttons(item, label, state, status.filter(Status::settled).isPresent(), choices, compact);
    }

    /**
     * A path item: done when it or what it points at is (see {@link Standing#doneOn}); undo forgets the mark that made
     * it so, the item's own or the one on the thing it points at (a concept only explained by a finished resource
     * offers no undo here: that is the resource's).
     */
    private String pathItem(Item item, LearningPath path) {
        List<PathItemKeys.Keyed> keyed = PathItemKeys.of(path);
        int n = 0;
        while (n < keyed.size() && !keyed.get(n).key().equals(item)) {
            n++;
        }
        if (n == keyed.size()) {
            return "";
        }
        String label = keyed.get(n).item().title();
        String reason = standing.doneOn(path).get(n);
        Optional<Mark> own = mark(item).filter(mk -> mk.status().settled());
        if (reason == null || own.isPresent()) {
            return render(item, label, true);
        }
        Optional<Item> ref = keyed.get(n).item().ref().flatMap(this::itemOf).filter(i -> mark(i).isPresent());
        return ref.map(r -> buttons(r, label, "✓ " + reason, true, List.of(choice(ProgressForm.CLEAR, "Undo")), true))
                .orElseGet(() -> buttons(item, label, "✓ " + reason, true, List.of(), true));
    }

    /** Items done of all, and their minutes, for a path's bar. */
    private String pathBar(LearningPath path) {
        Map<Integer, String> done = standing.doneOn(path);
        List<PathReport.Item> items = PathReport.of(kb, path).phases().stream().flatMap(p -> p.items().stream()).toList();
        Minutes all = Minutes.ZERO;
        Minutes finished = Minutes.ZERO;
        for (int n = 0; n < items.size(); n++) {
            all = all.plus(items.get(n).minutes());
            if (done.containsKey(n)) {
                finished = finished.plus(items.get(n).minutes());
            }
        }
        String text = done.size() + " of " + items.size() + " items done · " + Lengths.of(finished) + " of " + Lengths.of(all);
        return Templates.render("progress/bar", Map.of("bar", new ProgressBar("progress-path-" + path.slug(),
                "Your progress on this path", done.size(), items.size(), text)));
    }

    private Optional<Item> itemOf(Slug slug) {
        return kb.get(slug).flatMap(e -> switch (e.type()) {
            case CONCEPT -> Optional.of(Item.of(ItemKind.CONCEPT, slug));
            case RESOURCE -> Optional.of(Item.of(ItemKind.RESOURCE, slug));
            case PAPER -> Optional.of(Item.of(ItemKind.PAPER, slug));
            default -> Optional.empty();
        });
    }

    private Optional<Mark> mark(Item item) {
        return Optional.ofNullable(standing.marks().get(item)).flatMap(s -> snapshot.progress().marks().stream()
                .filter(mk -> mk.item().equals(item)).findFirst());
    }

    private static String state(Mark m) {
        String day = m.at().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return switch (m.status()) {
            case LEARNING -> "Learning since " + day;
            case DONE -> "✓ Done on " + day;
            case SKIPPED -> "Skipped on " + day;
        };
    }

    private static ProgressButtons.Choice choice(String status, String text) {
        return new ProgressButtons.Choice(status, text);
    }

    private String buttons(Item item, String label, String state, boolean done, List<ProgressButtons.Choice> choices,
                           boolean compact) {
        String id = "progress-" + item.kind().id() + "-" + item.slug() + (item.part().isEmpty() ? "" : "-" + item.part());
        String unique = id;
        for (int i = 2; !ids.add(unique); i++) {
            unique = id + "-" + i;
        }
        return Templates.render("progress/buttons", Map.of("b", new ProgressButtons(unique, item.kind().id(),
                item.slug().value(), item.part(), label, state, done, choices, token, back + "#" + unique, compact)));
    }
}
