package dev.syllabus.ingest;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.Slug;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders drafts as content files in the documented format. A draft is marked by an HTML comment that opens its body
 * with {@code <!-- draft:}: it says where the facts came from and holds the sources' own notes, to be rewritten in our
 * words; validation lists every file that still has it. The comment is invisible on rendered pages.
 */
final class DraftFiles {
    static final String MARKER = Entity.DRAFT_MARKER;

    private DraftFiles() {
    }

    static String resource(NewResource r) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(Yaml.quote(r.title())).append('\n');
        b.append("kind: ").append(r.kind().id()).append('\n');
        b.append("creators: ").append(Yaml.flowList(r.creators().stream().map(Slug::value).toList())).append('\n');
        b.append("url: ").append(Yaml.quote(r.url())).append('\n');
        if (!r.alternates().isEmpty()) {
            b.append("alternate_urls:\n");
            r.alternates().forEach(a -> b.append("  - ").append(Yaml.quote(a)).append('\n'));
        }
        r.length().ifPresent(l -> b.append("length: ").append(length(l)).append("\nlength_basis: stated\n"));
        if (!r.covers().isEmpty()) {
            b.append("covers: ").append(Yaml.flowList(r.covers().stream().map(Slug::value).toList())).append('\n');
        }
        segments(r, b);
        defects(r.defects(), b);
        b.append("---\n").append(comment(resourceReview(r), r.notes()));
        return b.toString();
    }

    private static void segments(NewResource r, StringBuilder b) {
        if (r.moments().isEmpty() && r.sections().isEmpty()) {
            return;
        }
        b.append("segments:\n");
        r.moments().forEach(m -> b.append(segment(m, foundIn(r.origins()))));
        for (Sections.Part p : r.sections()) {
            b.append("  - section: ").append(Yaml.quote(p.name())).append('\n');
            if (!p.topic().isEmpty()) {
                b.append("    covers: ").append(Yaml.quote(p.topic())).append('\n');
            }
        }
    }

    /** One timed segment as front-matter lines, indented as a {@code segments:} list entry, with where it was found. */
    static String segment(Moment m, String source) {
        StringBuilder b = new StringBuilder("  - at: ").append(Yaml.quote(m.at().toString())).append('\n');
        if (m.approximate()) {
            b.append("    approximate: true\n");
        }
        if (!m.covers().isEmpty()) {
            b.append("    covers: ").append(Yaml.quote(m.covers())).append('\n');
        }
        if (!source.isEmpty()) {
            b.append("    source: ").append(Yaml.quote(source)).append('\n');
        }
        return b.toString();
    }

    /** A segment's source for a time read from a guide: the guide and line it was imported from. */
    static String foundIn(List<Origin> origins) {
        return origins.isEmpty() ? "" : "as given by " + origins.get(0).where() + ", read by syllabus import";
    }

    private static void defects(List<KnownDefect> defects, StringBuilder b) {
        if (defects.isEmpty()) {
            return;
        }
        b.append("defects:\n");
        defects.forEach(d -> b.append("  - kind: ").append(d.kind().id()).append("\n    note: ").append(Yaml.quote(d.note())).append('\n'));
    }

    static String creator(NewCreator c, List<Origin> origins) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("name: ").append(Yaml.quote(c.name())).append('\n');
        b.append("kind: ").append(c.kind().id()).append('\n');
        if (!c.aliases().isEmpty()) {
            b.append("aliases: ").append(Yaml.quotedFlowList(c.aliases())).append('\n');
        }
        String review = "imported by syllabus import" + from(origins) + ".\nCheck the name, the kind and the aliases, add a "
                + "homepage, then delete this comment.";
        return b.append("---\n").append(comment(review, List.of())).toString();
    }

    private static String resourceReview(NewResource r) {
        return "imported by syllabus import" + from(r.origins()) + ".\nReview the title, kind, creators and covers, write a "
                + "note in our own words (the source notes below are not ours), then delete this comment.";
    }

    private static String from(List<Origin> origins) {
        if (origins.isEmpty()) {
            return "";
        }
        String places = origins.stream().map(Origin::where).distinct().limit(8).collect(Collectors.joining(", "));
        String under = origins.get(0).under();
        return " from " + places + (under.isEmpty() ? "" : " (under \"" + under + "\")");
    }

    /** An HTML comment whose text cannot close it early or create wiki links. */
    private static String comment(String review, List<String> notes) {
        StringBuilder b = new StringBuilder(MARKER).append(' ').append(safe(review)).append('\n');
        if (!notes.isEmpty()) {
            b.append("Source notes:\n");
            notes.forEach(n -> b.append("- ").append(safe(n)).append('\n'));
        }
        return b.append("-->\n").toString();
    }

    private static String safe(String text) {
        return text.replace("--", "- -").replace("[[", "[ [").replace("]]", "] ]").replace("<!", "< !");
    }

    /** A stated length as the content format writes it: {@code 26m}, {@code 1h56m}, {@code 3h30m}, {@code ~2h}. */
    static String length(StatedLength l) {
        int h = l.minutes().value() / 60;
        int m = l.minutes().value() % 60;
        String text = h == 0 ? m + "m" : m == 0 ? h + "h" : h + "h" + m + "m";
        return l.approximate() ? "\"~" + text + "\"" : text;
    }
}
