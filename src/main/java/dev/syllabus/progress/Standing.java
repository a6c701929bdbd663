package dev.syllabus.progress;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;
import dev.syllabus.plan.Studied;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a learner's progress means against the knowledge base: a concept is known when it is marked done (or skipped),
 * and explained when a resource or segment that explains it is done (which makes it known, not its prerequisites);
 * resources and papers marked done or skipped are finished; those marked learning are started. Each comes with the sentence a plan or page shows for it.
 */
public record Standing(Studied studied, Map<Item, Status> marks, Map<Slug, Integer> logged) {
    public Standing {
        marks = Map.copyOf(marks);
        logged = Map.copyOf(logged);
    }

    public static Standing of(KnowledgeBase kb, Progress progress) {
        Map<Slug, String> known = new TreeMap<>();
        Map<Slug, String> explained = new TreeMap<>();
        Map<Slug, String> finished = new TreeMap<>();
        Map<Slug, String> started = new TreeMap<>();
        for (Mark m : progress.marks()) {
            String when = day(m.at());
            Item i = m.item();
            switch (i.kind()) {
                case CONCEPT -> {
                    if (m.status().settled()) {
                        known.put(i.slug(), "You marked it " + m.status().id() + " on " + when + ".");
                    }
                }
                case RESOURCE, PAPER -> {
                    if (m.status().settled()) {
                        finished.put(i.slug(), (m.status() == Status.DONE ? "Done" : "Skipped") + " on " + when + ".");
                        if (m.status() == Status.DONE) {
                            kb.get(i.slug(), Resource.class).ifPresent(r -> r.covers().forEach(c -> explained.putIfAbsent(c,
                                    "You finished " + r.title() + ", which explains it (" + when + ").")));
                        }
                    } else {
                        started.put(i.slug(), "You started this on " + when + ": pick up here.");
                    }
                }
                case SEGMENT -> {
                    if (m.status() == Status.DONE) {
                        segmentConcept(kb, i).ifPresent(c -> explained.putIfAbsent(c, "You finished part " + i.part() + " of "
                                + kb.get(i.slug()).map(e -> e.title()).orElse(i.slug().value()) + ", which explains it ("
                                + when + ")."));
                    }
                }
                case PATH_ITEM -> {
                    // Path items count on their path's report; the thing they point at is marked on its own.
                }
            }
        }
        known.keySet().removeIf(s -> kb.get(s, Concept.class).isEmpty());
        explained.keySet().removeAll(known.keySet());
        Map<Slug, Integer> logged = new HashMap<>();
        // Only finished items: time logged on something half done says nothing yet about the estimate.
        progress.times().stream().filter(t -> t.item().kind() == ItemKind.RESOURCE || t.item().kind() == ItemKind.PAPER)
                .filter(t -> progress.status(t.item()).filter(Status.DONE::equals).isPresent())
                .forEach(t -> logged.merge(t.item().slug(), t.minutes(), Integer::sum));
        return new Standing(new Studied(known, explained, finished, started), progress.byItem(), logged);
    }

    private static Optional<Slug> segmentConcept(KnowledgeBase kb, Item i) {
        return kb.get(i.slug(), Resource.class).flatMap(r -> {
            int n = Integer.parseInt(i.part());
            return n >= 1 && n <= r.segments().size() ? r.segments().get(n - 1).concept() : Optional.<Slug>empty();
        });
    }

    static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** Known, or taught by an explainer the learner finished. */
    public boolean knows(Slug concept) {
        return studied.known().containsKey(concept) || studied.explained().containsKey(concept);
    }

    public Optional<Status> status(Item item) {
        return Optional.ofNullable(marks.get(item));
    }

    /**
     * Why each item of {@code path} counts as done, by position in path order: the item itself is marked done or
     * skipped, or the resource or paper it points at is finished, or the concept it points at is known.
     */
    public Map<Integer, String> doneOn(LearningPath path) {
        Map<Integer, String> out = new HashMap<>();
        List<PathItemKeys.Keyed> keyed = PathItemKeys.of(path);
        for (int n = 0; n < keyed.size(); n++) {
            PathItemKeys.Keyed k = keyed.get(n);
            Status own = marks.get(k.key());
            Optional<Slug> ref = k.item().ref();
            if (own != null && own.settled()) {
                out.put(n, (own == Status.DONE ? "Done" : "Skipped") + " on this path.");
            } else if (ref.filter(studied.finished()::containsKey).isPresent()) {
                out.put(n, studied.finished().get(ref.get()));
            } else if (ref.filter(studied.known()::containsKey).isPresent()) {
                out.put(n, studied.known().get(ref.get()));
            } else if (ref.filter(studied.explained()::containsKey).isPresent()) {
                out.put(n, studied.explained().get(ref.get()));
            }
        }
        return out;
    }
}
