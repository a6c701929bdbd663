package dev.syllabus.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Everything one place in a source says about one resource: its address (or why it has none), title, creators, the
 * words around it that hint at its kind, a stated length, timestamps and untimed sections, and the curator's note.
 * {@code context} is the clause around it, searched later for creator names the knowledge base knows.
 */
record Mention(Origin origin, Optional<Title> title, String label, List<CreatorName> creators, Address address,
               List<String> cues, Optional<StatedLength> length, List<Moment> moments, List<String> sections,
               String note, String context, List<String> problems) {
    Mention {
        label = label == null ? "" : label.strip();
        creators = List.copyOf(creators);
        cues = List.copyOf(cues);
        moments = List.copyOf(moments);
        sections = List.copyOf(sections);
        note = note == null ? "" : note.strip();
        context = context == null ? "" : context;
        problems = List.copyOf(problems);
    }

    Mention withCreators(List<CreatorName> names) {
        return new Mention(origin, title, label, names, address, cues, length, moments, sections, note, context, problems);
    }

    Mention withTitle(Title t) {
        return new Mention(origin, Optional.of(t), label, creators, address, cues, length, moments, sections, note, context, problems);
    }

    /** The best name to show for it: the title, else the link text, else what was written as its address. */
    String shownName() {
        return title.map(Title::text).orElse(label.isEmpty() ? address.written() : label);
    }
}
