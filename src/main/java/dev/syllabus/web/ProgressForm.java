package dev.syllabus.web;

import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;
import dev.syllabus.progress.Item;
import dev.syllabus.progress.ItemKind;
import dev.syllabus.progress.PathItemKeys;
import dev.syllabus.progress.Status;

import java.util.Optional;

/**
 * A posted progress form read against the knowledge base: which item (kind, slug, part), which status (empty for
 * {@code clear}) and where to send the browser back to. A word that is not a kind or status is a 400 naming the field;
 * a slug the content does not hold is a 404; the return address is only ever a path on this site.
 */
record ProgressForm(Item item, Optional<Status> status, String back) {
    static final String KIND = "kind";
    static final String SLUG = "slug";
    static final String PART = "part";
    static final String STATUS = "status";
    static final String RETURN = "return";
    static final String CLEAR = "clear";
    private static final int LONGEST_RETURN = 2048;

    static ProgressForm read(KnowledgeBase kb, String kind, String slug, String part, String status, String back) {
        ItemKind k = Token.parse(ItemKind.class, kind).orElseThrow(() -> new BadParameter(KIND, "field 'kind' has the value '"
                + shown(kind) + "': write one of " + Token.choices(ItemKind.class)));
        Optional<Status> s = status(status);
        return new ProgressForm(item(kb, k, slug, part == null ? "" : part.strip()), s, back(back));
    }

    private static Optional<Status> status(String status) {
        if (status != null && status.strip().equalsIgnoreCase(CLEAR)) {
            return Optional.empty();
        }
        return Optional.of(Token.parse(Status.class, status).orElseThrow(() -> new BadParameter(STATUS, "field 'status' "
                + "has the value '" + shown(status) + "': write one of " + Token.choices(Status.class) + ", " + CLEAR)));
    }

    private static Item item(KnowledgeBase kb, ItemKind kind, String slugText, String part) {
        EntityType type = switch (kind) {
            case CONCEPT -> EntityType.CONCEPT;
            case PAPER -> EntityType.PAPER;
            case RESOURCE, SEGMENT -> EntityType.RESOURCE;
            case PATH_ITEM -> EntityType.PATH;
        };
        if (slugText == null || !Slug.isValid(slugText)) {
            throw new MissingEntity(type, shown(slugText));
        }
        Slug slug = Slug.of(slugText);
        kb.get(slug).filter(x -> x.type() == type).orElseThrow(() -> new MissingEntity(type, slug.value()));
        return switch (kind) {
            case CONCEPT, PAPER, RESOURCE -> {
                if (!part.isEmpty()) {
                    throw new BadParameter(PART, "field 'part' is for a resource's segment or a path's item, not a "
                            + kind.id() + ": leave it out");
                }
                yield Item.of(kind, slug);
            }
            case SEGMENT -> Item.segment(slug, segment(kb.get(slug, Resource.class).orElseThrow(), part));
            case PATH_ITEM -> {
                LearningPath path = kb.get(slug, LearningPath.class).orElseThrow();
                if (PathItemKeys.of(path).stream().noneMatch(k -> k.key().part().equals(part))) {
                    throw new BadParameter(PART, "field 'part' has the value '" + shown(part) + "', which is not an item of "
                            + path.title());
                }
                yield Item.pathItem(slug, part);
            }
        };
    }

    private static int segment(Resource r, String part) {
        int n;
        try {
            n = Integer.parseInt(part);
        } catch (NumberFormatException ex) {
            n = 0;
        }
        if (n < 1 || n > r.segments().size()) {
            throw new BadParameter(PART, "field 'part' has the value '" + shown(part) + "': " + r.title() + " has "
                    + r.segments().size() + " segments, numbered from 1");
        }
        return n;
    }

    /**
     * Where to send the browser after the form: the address it names when that is a path on this site (one slash,
     * then anything but a slash or backslash, no control characters), else the home page. Never another host, so the
     * form cannot be used to bounce a learner elsewhere.
     */
    static String back(String address) {
        if (address == null || address.isEmpty() || address.length() > LONGEST_RETURN || address.charAt(0) != '/') {
            return "/";
        }
        if (address.length() > 1 && (address.charAt(1) == '/' || address.charAt(1) == '\\')) {
            return "/";
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\') {
                return "/";
            }
        }
        return address;
    }

    /** A value as a message may show it: short, without control characters. */
    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.codePoints().filter(cp -> !QueryGuard.isControl(cp)).limit(80)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean;
    }
}
