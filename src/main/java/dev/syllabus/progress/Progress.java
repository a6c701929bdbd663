package dev.syllabus.progress;

import dev.syllabus.kb.Slug;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All of one learner's progress: a mark per item, a note per concept and the time logged, each in a fixed order
 * (marks and notes by key, times by when they were logged), so equal progress is an equal value and exports compare
 * byte for byte.
 */
public record Progress(List<Mark> marks, List<Note> notes, List<TimeSpent> times) {
    private static final Comparator<TimeSpent> TIME_ORDER = Comparator.comparing(TimeSpent::at)
            .thenComparing(TimeSpent::item).thenComparingInt(TimeSpent::minutes);

    public Progress {
        marks = marks.stream().sorted(Comparator.comparing(Mark::item)).toList();
        notes = notes.stream().sorted(Comparator.comparing(Note::concept)).toList();
        times = times.stream().sorted(TIME_ORDER).toList();
        if (marks.stream().map(Mark::item).distinct().count() != marks.size()) {
            throw new IllegalArgumentException("an item has more than one mark: keep one per item");
        }
        if (notes.stream().map(Note::concept).distinct().count() != notes.size()) {
            throw new IllegalArgumentException("a concept has more than one note: keep one per concept");
        }
    }

    public static Progress empty() {
        return new Progress(List.of(), List.of(), List.of());
    }

    public Optional<Status> status(Item item) {
        return marks.stream().filter(m -> m.item().equals(item)).map(Mark::status).findFirst();
    }

    /** Every mark by item, for lookups in a loop. */
    public Map<Item, Status> byItem() {
        return marks.stream().collect(Collectors.toUnmodifiableMap(Mark::item, Mark::status));
    }

    public Optional<Note> note(Slug concept) {
        return notes.stream().filter(n -> n.concept().equals(concept)).findFirst();
    }

    /** Notes by concept. */
    public Map<Slug, Note> notesByConcept() {
        return notes.stream().collect(Collectors.toUnmodifiableMap(Note::concept, Function.identity()));
    }

    public boolean isEmpty() {
        return marks.isEmpty() && notes.isEmpty() && times.isEmpty();
    }
}
