package dev.syllabus.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Walks a document's outline in reading order and collects every mention of a resource, each with the heading it sits
 * under. A resource heading ("Video — ...") opens a record that the following {@code Label: value} items fill; other
 * headings open sections. A link-less item ending in ':' hands its creator to the items after it.
 */
final class MentionFinder {
    private final String file;
    private final Deque<Block> sections = new ArrayDeque<>();
    /**
     * The mentions in reading order, each still to be read: the walk decides what each block is, and the reading,
     * most of the work, runs afterwards on all cores.
     */
    private final List<Supplier<List<Mention>>> out = new ArrayList<>();
    private RecordReader record;
    private List<CreatorName> siblingCreators = List.of();

    private MentionFinder(String file) {
        this.file = file;
    }

    static List<Mention> find(String file, List<Block> blocks) {
        MentionFinder finder = new MentionFinder(file);
        blocks.forEach(b -> finder.visit(b, List.of()));
        finder.closeRecord();
        return finder.out.parallelStream().map(Supplier::get).flatMap(List::stream).toList();
    }

    private void visit(Block b, List<CreatorName> inherited) {
        if (b.kind() != Block.Kind.ITEM) {
            siblingCreators = List.of();
        }
        switch (b.kind()) {
            case HEADING -> heading(b);
            case ROW -> {
                closeRecord();
                Origin origin = origin(b);
                out.add(() -> RecordReader.row(origin, b));
            }
            case ITEM -> item(b, inherited);
            case PARAGRAPH -> paragraph(b);
        }
    }

    private void heading(Block b) {
        closeRecord();
        if (RecordReader.isResourceHeading(b.text())) {
            record = RecordReader.open(origin(b), b);
            return;
        }
        while (!sections.isEmpty() && sections.peek().level() >= b.level()) {
            sections.pop();
        }
        sections.push(b);
        if (!b.links().isEmpty()) {
            read(b, List.of());
        }
    }

    private void read(Block b, List<CreatorName> given) {
        Origin origin = origin(b);
        out.add(() -> LinkReader.read(b, origin, given));
    }

    private void paragraph(Block b) {
        if (record != null && record.field(b, List.of())) {
            return;
        }
        if (!b.links().isEmpty()) {
            read(b, List.of());
        }
    }

    private void item(Block b, List<CreatorName> inherited) {
        if (record != null && (record.field(b, inherited) || b.text().isBlank())) {
            return;
        }
        List<CreatorName> given = inherited.isEmpty() ? siblingCreators : inherited;
        List<CreatorName> forChildren = inherited;
        if (!b.links().isEmpty()) {
            read(b, given);
            siblingCreators = List.of();
        } else if (b.text().strip().endsWith(":") || !b.children().isEmpty()) {
            List<CreatorName> own = ItemReader.containerCreators(b);
            forChildren = own.isEmpty() ? inherited : own;
            siblingCreators = b.children().isEmpty() ? forChildren : List.of();
        } else {
            ItemReader.read(b, origin(b), given).ifPresent(m -> {
                out.add(() -> List.of(m));
                if (m.creators().stream().anyMatch(c -> !given.contains(c))) {
                    siblingCreators = List.of();
                }
            });
        }
        List<CreatorName> passed = forChildren;
        b.children().forEach(child -> visit(child, passed));
    }

    private void closeRecord() {
        if (record != null) {
            out.add(record::finish);
            record = null;
        }
    }

    private Origin origin(Block b) {
        return new Origin(file, b.line(), sections.isEmpty() ? "" : sections.peek().text());
    }
}
