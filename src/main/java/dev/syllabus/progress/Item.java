package dev.syllabus.progress;

import dev.syllabus.kb.Slug;

import java.util.regex.Pattern;

/**
 * The stable key of something a learner makes progress on: an entity's slug, and for a segment its number in the
 * resource (from 1), for a path item its key in the path (see {@link PathItemKeys}). Keys use slugs, never database ids,
 * so progress survives a reload of the content and, with {@code renamed_from:}, a rename.
 */
public record Item(ItemKind kind, Slug slug, String part) implements Comparable<Item> {
    private static final Pattern PART = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Item {
        part = part == null ? "" : part;
        if (kind.hasPart() != !part.isEmpty()) {
            throw new IllegalArgumentException(kind.hasPart()
                    ? "a " + kind.id() + " needs its part: a segment number or a path item's key"
                    : "a " + kind.id() + " has no part, but '" + part + "' was given");
        }
        if (!part.isEmpty() && !PART.matcher(part).matches()) {
            throw new IllegalArgumentException("part '" + part + "' is not a number or a slug-like key");
        }
    }

    public static Item of(ItemKind kind, Slug slug) {
        return new Item(kind, slug, "");
    }

    public static Item segment(Slug resource, int number) {
        return new Item(ItemKind.SEGMENT, resource, Integer.toString(number));
    }

    public static Item pathItem(Slug path, String key) {
        return new Item(ItemKind.PATH_ITEM, path, key);
    }

    /** The same item under another slug, for applying a content rename. */
    Item renamed(Slug to) {
        return new Item(kind, to, part);
    }

    /** How people and files name it: {@code concept:attention}, {@code segment:some-video#3}. */
    @Override
    public String toString() {
        return kind.id() + ":" + slug + (part.isEmpty() ? "" : "#" + part);
    }

    @Override
    public int compareTo(Item o) {
        int c = kind.compareTo(o.kind);
        if (c == 0) {
            c = slug.compareTo(o.slug);
        }
        return c == 0 ? part.compareTo(o.part) : c;
    }
}
