package dev.syllabus.cli;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;
import dev.syllabus.progress.Item;
import dev.syllabus.progress.ItemKind;
import dev.syllabus.progress.LearnerId;
import dev.syllabus.progress.Mark;
import dev.syllabus.progress.PathItemKeys;
import dev.syllabus.progress.Status;
import dev.syllabus.progress.TimeSpent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code syllabus progress mark STATUS SLUG}: sets (or with {@code clear} forgets) the status of one item. */
@Command(name = "mark", mixinStandardHelpOptions = true, description = "Mark a concept, resource, paper, segment "
        + "(--part N) or path item (--part KEY) as learning, done or skipped; 'clear' forgets the mark.")
final class ProgressMark implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STATUS", description = "learning, done, skipped or clear.")
    String status;

    @Parameters(index = "1", paramLabel = "SLUG", description = "The concept, resource, paper or path.")
    String slug;

    @Option(names = "--part", paramLabel = "N|KEY", description = "A resource's segment number (from 1), or a path item's "
            + "key (the slug it points at; 'syllabus progress show' lists keys).")
    String part;

    @Option(names = "--minutes", paramLabel = "N", description = "Also log N minutes spent on it.")
    Integer minutes;

    @Mixin
    ProgressCommand.Shared shared;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean clear = status.equalsIgnoreCase("clear");
        Status s = clear ? null : Token.parse(Status.class, status).orElseThrow(() -> new UsageError("status '" + status
                + "' is not one of " + Token.choices(Status.class) + ", clear"));
        try (ProgressCommand.Session session = shared.open()) {
            Item item = itemFor(session.kb(), slug, part);
            Instant now = Instant.now();
            if (clear) {
                session.store().unmark(LearnerId.LOCAL, item);
            } else {
                session.store().mark(LearnerId.LOCAL, new Mark(item, s, now));
            }
            if (minutes != null) {
                try {
                    session.store().log(LearnerId.LOCAL, new TimeSpent(item, minutes, now));
                } catch (IllegalArgumentException e) {
                    throw new UsageError("--minutes: " + e.getMessage());
                }
            }
            ProgressCommand.out(spec).println((clear ? "cleared " : status.toLowerCase(java.util.Locale.ROOT) + ": ") + item
                    + (minutes == null ? "" : " (" + minutes + " min logged)"));
            return 0;
        }
    }

    /** The item a slug and part name, checked against the knowledge base. */
    static Item itemFor(KnowledgeBase kb, String slugText, String part) {
        if (!Slug.isValid(slugText)) {
            throw new UsageError("'" + slugText + "' is not a slug: write it as in the address of its page, e.g. self-attention");
        }
        Slug slug = Slug.of(slugText);
        Entity e = kb.get(slug).orElseThrow(() -> new UsageError("'" + slug + "' is not in the knowledge base"
                + Suggestions.didYouMean(kb, slug.value())));
        if (e instanceof Concept || e instanceof Paper) {
            noPart(e, part);
            return Item.of(e instanceof Concept ? ItemKind.CONCEPT : ItemKind.PAPER, slug);
        }
        if (e instanceof Resource r) {
            if (part == null) {
                return Item.of(ItemKind.RESOURCE, slug);
            }
            int n = segmentNumber(part);
            if (n < 1 || n > r.segments().size()) {
                throw new UsageError("--part " + part + ": " + slug + " has " + r.segments().size() + " segments; write 1 to "
                        + r.segments().size() + ", or leave --part out for the whole resource");
            }
            return Item.segment(slug, n);
        }
        if (e instanceof LearningPath p) {
            String keys = PathItemKeys.of(p).stream().map(k -> k.key().part()).distinct().collect(Collectors.joining(", "));
            if (part == null || PathItemKeys.of(p).stream().noneMatch(k -> k.key().part().equals(part))) {
                throw new UsageError((part == null ? "a path is marked item by item: add --part KEY"
                        : "--part " + part + " is not an item of " + slug) + "; its items are " + keys);
            }
            return Item.pathItem(slug, part);
        }
        throw new UsageError("'" + slug + "' is a " + e.type().id() + ": mark concepts, resources, papers or path items");
    }

    private static void noPart(Entity e, String part) {
        if (part != null) {
            throw new UsageError("--part is for a resource's segments and a path's items, not a " + e.type().id());
        }
    }

    private static int segmentNumber(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            throw new UsageError("--part " + part + ": a resource's part is its segment number, from 1");
        }
    }
}
