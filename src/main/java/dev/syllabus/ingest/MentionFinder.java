package dev.syllabus.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Walks a document's outline in reading order and collects every mention of a resource, each with the heading it sits
 * under. A resource heading ("Video — ...") opens a record that the following {@code Label: value} items fill; other
 * headings open sections. A link-less item ending in ':' hands its creator to the items after it.
 */
final class MentionFinder {
    private final String file;
    private final Deque<Block> sections = new ArrayDeque<>();
    private final List<Mention> out = new ArrayList<>();
    private RecordReader record;
    private List<CreatorName> siblingCreators = List.of();

    private MentionFinder(String file) {
        this.file = file;
    }

    static List<Mention> find(String file, List<Block> blocks) {
        MentionFinder finder = new MentionFinder(file);
        blocks.forEach(b -> finder.visit(b, List.of()));
        finder.closeRecord();
        return finder.out;
    }

    private void visit(Block b, List<CreatorName> inherited) {
        if (b.kind() != Block.Kind.ITEM) {
            siblingCreators = List.of();
        }
        switch (b.kind()) {
            case HEADING -> heading(b);
            case ROW -> {
                closeRecord();
                out.addAll(RecordReader.row(origin(b), b));
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
            out.addAll(LinkReader.read(b, origin(b), List.of()));
        }
    }

    private void paragraph(Block b) {
        if (record != null && record.field(b, List.of())) {
            return;
        }
        if (!b.links().isEmpty()) {
            out.addAll(LinkReader.read(b, origin(b), List.of()));
        }
    }

    private void item(Block b, List<CreatorName> inherited) {
        if (record != null && (record.field(b, inherited) || b.text().isBlank())) {
            return;
        }
        List<CreatorName> given = inherited.isEmpty() ? siblingCreators : inherited;
        List<CreatorName> forChildren = inherited;
        if (!b.links().isEmpty()) {
            out.addAll(LinkReader.read(b, origin(b), given));
            siblingCreators = List.of();
        } else if (b.text().strip().endsWith(":") || !b.children().isEmpty()) {
            List<CreatorName> own = ItemReader.containerCreators(b);
            forChildren = own.isEmpty() ? inherited : own;
            siblingCreators = b.children().isEmpty() ? forChildren : List.of();
        } else {
            ItemReader.read(b, origin(b), given).ifPresent(m -> {
                out.add(m);
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
            out.addAll(record.finish());
            record = null;
        }
    }

    private Origin origin(Block b) {
        return new Origin(file, b.line(), sections.isEmpty() ? "" : sections.peek().text());
    }
}
