package dev.syllabus.ingest;

import dev.syllabus.kb.Timestamp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds facts to an existing content file by editing its front-matter lines in place, never by re-serialising it: every
 * line the curator wrote (comments, quoting, order, the body) stays exactly as it was, and only the lines that carry
 * the new facts are inserted or extended.
 */
final class FrontMatterEdit {
    private static final Pattern KEY = Pattern.compile("^([a-z_]+):(.*)$");
    /** The first line of a block list's entry, and a segment's start within one. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*- ");
    private static final Pattern AT = Pattern.compile("^\\s*(?:- )?at:\\s*[\"']?([0-9:hms]+)[\"']?\\s*(#.*)?$");
    private static final Pattern FLOW = Pattern.compile("^\\s*\\[(.*)]\\s*(#.*)?$");
    /** Where a new key goes when the file lacks it: after the first of these keys that the file has. */
    private static final List<String> ORDER = List.of("title", "kind", "creators", "url", "alternate_urls", "length",
            "length_basis", "covers", "segments", "level", "access", "note", "defects");

    private final List<String> lines;
    private final String newline;

    private FrontMatterEdit(String text) {
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        this.lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        closeLine();
    }

    /** {@code text} with {@code facts} added; throws IllegalStateException when the file has no front matter to edit. */
    static String apply(String text, List<Fact> facts) {
        FrontMatterEdit edit = new FrontMatterEdit(text);
        for (Fact f : facts) {
            edit.add(f);
        }
        return String.join(edit.newline, edit.lines);
    }

    private void add(Fact f) {
        if (f instanceof Fact.AlternateUrl a) {
            addToList("alternate_urls", Yaml.quote(a.written()));
        } else if (f instanceof Fact.AddedCreator c) {
            addToList("creators", c.creator().value());
        } else if (f instanceof Fact.AddedSegment s) {
            addSegment(s.moment().at(), DraftFiles.segment(s.moment(), s.source()));
        } else if (f instanceof Fact.Length l) {
            setScalar("length", DraftFiles.length(l.length()));
            setScalar("length_basis", "stated");
        }
    }

    private Optional<Integer> find(String key) {
        for (int i = 1; i < closeLine(); i++) {
            Matcher m = KEY.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The line of the closing {@code ---}; recomputed because insertions move it. */
    private int closeLine() {
        for (int i = 1; i < lines.size() && lines.get(0).strip().equals("---"); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        throw new IllegalStateException("no front matter between '---' lines");
    }

    /** The last line that belongs to the value of the key at {@code line}: its indented or list continuation lines. */
    private int endOfValue(int line) {
        int last = line;
        for (int i = line + 1; i < closeLine(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith(" ") || l.startsWith("\t") || l.startsWith("-")) {
                last = l.isBlank() ? last : i;
            } else {
                break;
            }
        }
        return last;
    }

    private void addToList(String key, String item) {
        Optional<Integer> at = find(key);
        if (at.isEmpty()) {
            insert(key, List.of(key + ": [" + item + "]"));
            return;
        }
        int line = at.get();
        Matcher m = KEY.matcher(lines.get(line));
        m.matches();
        Matcher flow = FLOW.matcher(m.group(2));
        if (flow.matches()) {
            String inside = flow.group(1).strip();
            lines.set(line, key + ": [" + (inside.isEmpty() ? "" : inside + ", ") + item + "]"
                    + (flow.group(2) == null ? "" : " " + flow.group(2)));
        } else if (m.group(2).isBlank()) {
            lines.add(endOfValue(line) + 1, "  - " + item);
        } else {
            throw new IllegalStateException("'" + key + "' is neither a [..] list nor a '- ' list; add " + item + " by hand");
        }
    }

    private void addBlock(String key, String entry) {
        List<String> entryLines = List.of(entry.stripTrailing().split("\n"));
        Optional<Integer> at = find(key);
        if (at.isEmpty()) {
            List<String> block = new ArrayList<>();
            block.add(key + ":");
            block.addAll(entryLines);
            insert(key, block);
        } else if (lines.get(at.get()).matches("^" + key + ":\\s*\\[\\s*]\\s*$")) {
            lines.set(at.get(), key + ":");
            lines.addAll(at.get() + 1, entryLines);
        } else {
            lines.addAll(endOfValue(at.get()) + 1, entryLines);
        }
    }

    /**
     * Adds a timed segment where it plays: before the first listed segment that starts later, so the list stays in
     * playing order (which validation requires), else after the last.
     */
    private void addSegment(Timestamp start, String entry) {
        Optional<Integer> at = find("segments");
        if (at.isPresent()) {
            for (int i = at.get() + 1; i <= endOfValue(at.get()); i++) {
                if (ENTRY.matcher(lines.get(i)).lookingAt() && startOfEntry(i, endOfValue(at.get()))
                        .filter(t -> t.compareTo(start) > 0).isPresent()) {
                    lines.addAll(i, List.of(entry.stripTrailing().split("\n")));
                    return;
                }
            }
        }
        addBlock("segments", entry);
    }

    /** The {@code at:} of the list entry that begins at {@code first}, if it has a readable one. */
    private Optional<Timestamp> startOfEntry(int first, int last) {
        for (int i = first; i <= last && (i == first || !ENTRY.matcher(lines.get(i)).lookingAt()); i++) {
            Matcher m = AT.matcher(lines.get(i));
            if (m.matches()) {
                try {
                    return Optional.of(Timestamp.parse(m.group(1)));
                } catch (IllegalArgumentException unreadable) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private void setScalar(String key, String value) {
        Optional<Integer> at = find(key);
        if (at.isPresent()) {
            lines.set(at.get(), key + ": " + value);
        } else {
            insert(key, List.of(key + ": " + value));
        }
    }

    /** Inserts a new key after the nearest key that comes before it in the documented order, else before the closing line. */
    private void insert(String key, List<String> block) {
        int position = closeLine();
        for (int i = ORDER.indexOf(key) - 1; i >= 0; i--) {
            Optional<Integer> before = find(ORDER.get(i));
            if (before.isPresent()) {
                position = endOfValue(before.get()) + 1;
                break;
            }
        }
        lines.addAll(position, block);
    }
}
