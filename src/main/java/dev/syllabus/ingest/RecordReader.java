package dev.syllabus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a resource given as a record: a heading such as {@code ### Video — "Title" (timestamps 11:08 and 18:21)} followed
 * by {@code Label: value} items (Author, Channel, URL, Why, Length, ...), or a table row whose columns are the labels.
 * Links in the other fields (an "Alternative:", a link inside "Why:") are mentions of their own.
 */
final class RecordReader {
    private static final Pattern HEADING = Pattern.compile("(?i)^[^\\p{L}\\d]*(article|video|blog post|blog|post|paper|book|chapter"
            + "|course|tutorial|lecture|talk|notes|slides|podcast|interactive|code|notebook|repository|playlist|series)\\s*[—–:-]\\s*(.+)$");
    private static final Pattern FIELD = Pattern.compile("(?is)^\\s*([\\p{L} ]{2,24}?)\\s*:\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("\\(([^()]*\\bsections?\\b[^()]*)\\)", Pattern.CASE_INSENSITIVE);

    private final MentionBuilder record;
    private final Origin origin;
    private final List<Mention> others = new ArrayList<>();
    /** The other links of a table row, which take the row's creators. */
    private final List<MentionBuilder> extras = new ArrayList<>();
    /** The reading of each field, run by {@link #finish()}: deciding what is a field is cheap, reading it is not. */
    private final List<Runnable> steps = new ArrayList<>();
    private boolean fields;
    /** A table row's title: the text of its title column, else of its first cell; names the row's links without one. */
    private String rowTitle = "";

    private RecordReader(Origin origin) {
        this.origin = origin;
        this.record = new MentionBuilder(origin);
    }

    static boolean isResourceHeading(String text) {
        return HEADING.matcher(text).matches();
    }

    static RecordReader open(Origin origin, Block heading) {
        RecordReader r = new RecordReader(origin);
        r.steps.add(() -> r.heading(heading));
        return r;
    }

    private void heading(Block heading) {
        Matcher m = HEADING.matcher(heading.text());
        if (m.matches()) {
            String rest = m.group(2);
            record.cue("heading:" + m.group(1).toLowerCase(Locale.ROOT));
            Optional<String> quoted = Quotes.first(rest);
            record.title(new Title(quoted.orElse(rest), Title.Strength.HEADING)).label(quoted.orElse(rest));
            annotation(quoted.isPresent() ? Quotes.afterFirst(rest) : "");
        }
    }

    /** A table row: each column is a field named by its header. */
    static List<Mention> row(Origin origin, Block row) {
        RecordReader r = new RecordReader(origin);
        r.rowTitle = rowTitle(row);
        for (Block cell : row.children()) {
            if (!r.field(cell, List.of())) {
                r.steps.add(() -> r.loose(cell));
            }
        }
        return r.finish();
    }

    private static String rowTitle(Block row) {
        Block first = null;
        for (Block cell : row.children()) {
            Matcher m = FIELD.matcher(cell.text());
            if (!m.matches() || m.group(2).isBlank()) {
                continue;
            }
            first = first == null ? cell : first;
            if (FieldName.of(m.group(1)).filter(f -> f == FieldName.TITLE).isPresent() && !isOnlyGenericLinks(cell, m.group(2))) {
                return cellTitle(cell, m.group(2));
            }
        }
        Matcher m = first == null ? null : FIELD.matcher(first.text());
        return m != null && m.matches() && !isOnlyGenericLinks(first, m.group(2)) ? cellTitle(first, m.group(2)) : "";
    }

    private static String cellTitle(Block cell, String value) {
        Link only = cell.links().size() == 1 ? cell.links().get(0) : null;
        return only != null && !LinkReader.isGeneric(only.label()) ? only.label() : new Title(value, Title.Strength.CONTEXT).text();
    }

    private static boolean isOnlyGenericLinks(Block cell, String value) {
        return !cell.links().isEmpty() && cell.links().stream().allMatch(l -> LinkReader.isGeneric(l.label()))
                && value.strip().length() <= cell.links().stream().mapToInt(l -> l.label().length() + 2).sum();
    }

    /** A link of a table row beside the row's own: its text names it, else the row's title does. */
    private void extra(Link link, Block cell) {
        MentionBuilder m = new MentionBuilder(origin.withLine(cell.line())).address(Address.read(link.target()).classified())
                .label(link.label()).labelCues(link.label()).labelCues(header(cell));
        boolean generic = LinkReader.isGeneric(link.label());
        m.title(new Title(generic ? rowTitle : link.label(), generic ? Title.Strength.CONTEXT : Title.Strength.LIST_HEAD));
        extras.add(m);
    }

    private static String header(Block cell) {
        Matcher m = FIELD.matcher(cell.text());
        return m.matches() ? m.group(1) : "";
    }

    private void annotation(String text) {
        record.cues(text).lengthFrom(text).moments(Moments.find(text));
        Matcher s = SECTION.matcher(text);
        while (s.find()) {
            if (Moments.find(s.group(1)).isEmpty()) {
                record.section(s.group(1));
            }
        }
    }

    /** Reads {@code item} as a field of this record; false when it is not a {@code Label: value} item. */
    boolean field(Block item, List<CreatorName> inherited) {
        Matcher m = FIELD.matcher(item.text());
        Optional<FieldName> name = m.matches() ? FieldName.of(m.group(1)) : Optional.empty();
        if (name.isEmpty()) {
            return false;
        }
        fields = true;
        String value = m.group(2).strip();
        steps.add(() -> read(name.get(), value, item, inherited));
        item.children().forEach(child -> {
            if (!field(child, inherited) && !child.links().isEmpty()) {
                steps.add(() -> others.addAll(LinkReader.read(child, origin.withLine(child.line()), inherited)));
            }
        });
        return true;
    }

    private void read(FieldName name, String value, Block item, List<CreatorName> inherited) {
        switch (name) {
            case AUTHOR -> record.creators(CreatorPhrases.field(value, CreatorName.Role.AUTHOR));
            case CHANNEL -> record.creators(CreatorPhrases.field(value, CreatorName.Role.CHANNEL));
            case ADDRESS -> address(value, item, inherited);
            case NOTE -> note(value, item, inherited);
            case LENGTH -> record.lengthFrom(value);
            case KIND -> record.cue("heading:" + value.toLowerCase(Locale.ROOT).strip()).cues(value);
            case TITLE -> title(value, item);
            case OTHER -> others.addAll(LinkReader.read(item, origin.withLine(item.line()), inherited));
        }
    }

    private void address(String value, Block item, List<CreatorName> inherited) {
        List<Link> links = item.links();
        if (!links.isEmpty() && !record.hasAddress()) {
            record.address(Address.read(links.get(0).target()));
        } else if (links.isEmpty() && !record.hasAddress()) {
            record.address(ItemReader.search(value).orElseGet(() -> {
                Address a = Address.read(value);
                return a.url().isPresent() ? a : Address.none(value, Address.Problem.NOT_GIVEN);
            }));
        }
        if (links.size() > 1) {
            Block rest = new Block(item.kind(), item.line(), 0, item.text(), links.subList(1, links.size()), List.of());
            others.addAll(LinkReader.read(rest, origin.withLine(item.line()), inherited));
        }
    }

    private void note(String value, Block item, List<CreatorName> inherited) {
        record.note(value).lengthFrom(value).moments(Moments.find(value));
        others.addAll(LinkReader.read(item, origin.withLine(item.line()), inherited));
        others.addAll(ItemReader.searches(value, origin.withLine(item.line())));
    }

    private void title(String value, Block item) {
        if (!item.links().isEmpty()) {
            Link link = item.links().get(0);
            if (record.hasAddress()) {
                item.links().forEach(l -> extra(l, item));
                return;
            }
            if (LinkReader.isGeneric(link.label())) {
                record.cues(link.label()).cues(header(item));
                if (!rowTitle.isEmpty()) {
                    record.title(new Title(rowTitle, Title.Strength.LIST_HEAD));
                }
            } else {
                record.title(new Title(Quotes.first(link.label()).orElse(link.label()), Title.Strength.QUOTED)).labelCues(link.label());
            }
            record.label(link.label()).address(Address.read(link.target()).classified());
            item.links().subList(1, item.links().size()).forEach(l -> extra(l, item));
        } else if (!value.isBlank()) {
            record.title(new Title(Quotes.first(value).orElse(value), Title.Strength.QUOTED)).label(value);
        }
    }

    /** A table cell under an unknown header: its words hint at the kind, and its link is the address if none is yet. */
    private void loose(Block cell) {
        List<Link> links = cell.links();
        if (links.isEmpty()) {
            record.cues(cell.text());
            return;
        }
        int from = 0;
        if (!record.hasAddress()) {
            Link first = links.get(0);
            record.cues(cell.text()).address(Address.read(first.target()).classified()).label(first.label());
            boolean generic = LinkReader.isGeneric(first.label());
            if (!generic || !rowTitle.isEmpty()) {
                record.title(new Title(generic ? rowTitle : first.label(), Title.Strength.LIST_HEAD));
            }
            from = 1;
        }
        links.subList(from, links.size()).forEach(l -> extra(l, cell));
    }

    /**
     * The record's own mention (when it had a heading title or any field), then the mentions in its fields. A link in
     * a field that names no creator and sits on the record's own site ("The companion summary at ...") is taken to
     * come from the record's creators.
     */
    List<Mention> finish() {
        steps.forEach(Runnable::run);
        steps.clear();
        List<Mention> out = new ArrayList<>();
        if (!record.hasTitle() && !rowTitle.isEmpty()) {
            record.title(new Title(rowTitle, Title.Strength.LIST_HEAD));
        }
        Mention own = record.build();
        if (fields || record.hasTitle()) {
            out.add(own);
        }
        for (MentionBuilder extra : extras) {
            out.add(extra.creators(own.creators()).build());
        }
        for (Mention m : others) {
            boolean sameSite = m.creators().isEmpty() && m.address().url().isPresent() && own.address().url().isPresent()
                    && m.address().url().get().host().equals(own.address().url().get().host());
            out.add(sameSite ? m.withCreators(own.creators()) : m);
        }
        return out;
    }

    /** The labels of record fields, in the many spellings guides and table headers use. */
    enum FieldName {
        AUTHOR, CHANNEL, ADDRESS, NOTE, LENGTH, KIND, TITLE, OTHER;

        static Optional<FieldName> of(String label) {
            String l = label.toLowerCase(Locale.ROOT).strip();
            return named(l).or(() -> l.endsWith("s") ? named(l.substring(0, l.length() - 1)) : Optional.empty());
        }

        private static Optional<FieldName> named(String l) {
            return switch (l) {
                case "author", "creator", "by", "speaker", "instructor", "presenter", "writer", "organisation",
                        "organization", "maker" -> Optional.of(AUTHOR);
                case "channel" -> Optional.of(CHANNEL);
                case "url", "link", "address", "where", "watch", "read" -> Optional.of(ADDRESS);
                case "why", "note", "description", "summary", "comment", "what", "about", "remark" -> Optional.of(NOTE);
                case "length", "duration", "time", "running time", "reading time" -> Optional.of(LENGTH);
                case "type", "kind", "format", "medium", "category" -> Optional.of(KIND);
                case "title", "name", "resource", "video", "article", "paper", "book", "course", "tutorial" -> Optional.of(TITLE);
                case "alternative", "companion", "honorable mention", "honourable mention", "complementary", "see also",
                        "also", "bonus", "optional", "further reading", "extra" -> Optional.of(OTHER);
                default -> Optional.empty();
            };
        }
    }
}
