package dev.syllabus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Collects what the readers find about one mention before it is frozen into a {@link Mention}. */
final class MentionBuilder {
    private final Origin origin;
    private Title title;
    private String label = "";
    private final List<CreatorName> creators = new ArrayList<>();
    private Address address = Address.none("", Address.Problem.NOT_GIVEN);
    private final List<String> cues = new ArrayList<>();
    private StatedLength length;
    private final List<Moment> moments = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final StringBuilder note = new StringBuilder();
    private String context = "";
    private final List<String> problems = new ArrayList<>();

    MentionBuilder(Origin origin) {
        this.origin = origin;
    }

    /** Lowercase words of {@code text} (letters, digits and '+'), the vocabulary {@link KindRules} reads. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '+');
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    MentionBuilder title(Title t) {
        if (t != null && !t.text().isBlank() && (title == null || t.strength().compareTo(title.strength()) < 0)) {
            title = t;
        }
        return this;
    }

    boolean hasTitle() {
        return title != null;
    }

    MentionBuilder label(String l) {
        label = l;
        return this;
    }

    MentionBuilder creators(List<CreatorName> names) {
        names.stream().filter(n -> creators.stream().noneMatch(c -> c.name().equalsIgnoreCase(n.name()))).forEach(creators::add);
        return this;
    }

    boolean hasCreators() {
        return !creators.isEmpty();
    }

    MentionBuilder address(Address a) {
        address = a;
        a.start().ifPresent(t -> moments.add(new Moment(t, false, "")));
        return this;
    }

    boolean hasAddress() {
        return address.problem() != Address.Problem.NOT_GIVEN;
    }

    MentionBuilder cue(String c) {
        cues.add(c);
        return this;
    }

    MentionBuilder cues(String text) {
        cues.addAll(words(text));
        return this;
    }

    /** The words of the link's own text: they say more about its kind than the words around it. */
    MentionBuilder labelCues(String text) {
        List<String> w = words(text);
        cues.addAll(w);
        w.forEach(x -> cues.add(KindRules.LABEL + x));
        return this;
    }

    /** The words of the headings it sits under ("Books", "Videos and Online Courses"). */
    MentionBuilder sectionCues(String text) {
        words(text).forEach(x -> cues.add(KindRules.SECTION + x));
        return this;
    }

    MentionBuilder lengthFrom(String text) {
        if (length == null) {
            length = Lengths.find(text, problems::add).orElse(null);
        }
        return this;
    }

    MentionBuilder moments(List<Moment> found) {
        for (Moment m : found) {
            moments.removeIf(old -> old.at().equals(m.at()) && old.covers().isEmpty() && !m.covers().isEmpty());
            if (moments.stream().noneMatch(old -> old.at().equals(m.at()))) {
                moments.add(m);
            }
        }
        return this;
    }

    MentionBuilder section(String s) {
        if (!s.isBlank() && !sections.contains(s.strip())) {
            sections.add(s.strip());
        }
        return this;
    }

    MentionBuilder note(String n) {
        if (!n.isBlank()) {
            note.append(note.length() == 0 ? "" : " ").append(n.strip());
        }
        return this;
    }

    MentionBuilder context(String c) {
        context = c;
        return this;
    }

    Mention build() {
        return new Mention(origin, Optional.ofNullable(title), label, creators, address, cues, Optional.ofNullable(length),
                moments, sections, note.toString(), context, problems);
    }
}
